package org.nianbao.core.document;

/**
 * Reads one source format into an {@link ExtractedDocument}. Implementations live in nianbao-formats, are
 * stateless and thread-safe, and bound the time and memory a hostile input can take.
 */
public interface DocumentReader {

    /** The format this reader handles. */
    SourceFormat format();

    /**
     * Extracts the document.
     *
     * @param name the file name, for messages
     * @param content the bytes of the file
     * @throws UnreadableDocumentException when the bytes cannot be read as this format
     */
    ExtractedDocument read(String name, byte[] content);
}
