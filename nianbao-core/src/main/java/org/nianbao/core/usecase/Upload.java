package org.nianbao.core.usecase;

/** A file a user handed in: its name as uploaded and its bytes. */
public record Upload(String name, byte[] content) {}
