package org.nianbao.core.document;

/** The formats a published report arrives in. */
public enum SourceFormat {
    TEXT,
    PDF,
    DOCX,
    DOC,
    HTML
}
