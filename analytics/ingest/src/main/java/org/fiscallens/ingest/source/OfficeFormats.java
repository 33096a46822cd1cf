package org.fiscallens.ingest.source;

import java.util.List;

/**
 * Files that are documents but not text we read (an Office file POI does not read), told by their first bytes:
 * such a file is named as what it is, with how to get its text, rather than as "binary data". (Excel .xlsx and .xls
 * workbooks, Word .docx and .doc documents and PDF files are read: {@link Workbooks}, {@link WordDocuments},
 * {@link Word97Documents}, {@link PdfDocuments}.)
 */
final class OfficeFormats {
    /** A format: its leading bytes and what it is, in English and Chinese. */
    private record Format(int[] magic, String en, String zh) {
    }

    private static final List<Format> FORMATS = List.of(
            new Format(new int[]{'P', 'K', 3, 4}, "a zip container (an .xlsb workbook, a presentation, or an archive)",
                    "zip 容器（.xlsb 工作簿、演示文稿或压缩包）"),
            new Format(new int[]{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1},
                    "an OLE2 document that is neither a Word 97-2003 document nor an Excel 97-2003 workbook (a PowerPoint"
                            + " file, an embedded object)", "既非 Word 97-2003 文档也非 Excel 97-2003 工作簿的 OLE2 文档（演示文稿、嵌入对象）"));

    private OfficeFormats() {
    }

    /** Throws, naming the format, when {@code bytes} start like one of them; returns otherwise. */
    static void reject(String path, byte[] bytes) throws UnreadableDocumentException {
        for (Format f : FORMATS) {
            if (DocumentDecoder.startsWith(bytes, f.magic())) {
                throw new UnreadableDocumentException(path, f.en() + ", not text: extract its text first"
                        + " (save a Word file as .docx, a spreadsheet as .xlsx, a presentation as PDF)",
                        f.zh() + "，不是文本：请先提取文字（Word 另存为 .docx，电子表格另存为 .xlsx，演示文稿另存为 PDF）");
            }
        }
    }
}
