/** Plain text as extracted from PDFs or copied from web pages, in UTF-8 or GB18030/GBK (detected). */
@NullMarked
package org.nianbao.formats.text;

import org.jspecify.annotations.NullMarked;
