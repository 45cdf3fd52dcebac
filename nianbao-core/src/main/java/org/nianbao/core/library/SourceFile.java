package org.nianbao.core.library;

/**
 * The file a report version was read from (its bytes are fetched separately: {@link ReportLibrary#sourceBytes}).
 *
 * @param name the file name as uploaded
 * @param size its length in bytes
 * @param sha256 hex SHA-256 of its bytes
 * @param format the detected format: {@code pdf}, {@code docx}, {@code doc}, {@code html}, {@code text}, or
 *     {@code json} for a version made by correcting another
 */
public record SourceFile(String name, long size, String sha256, String format) {}
