package org.fiscallens.ingest.source;

import org.fiscallens.ingest.Seeds;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentDecoderTest {
    private final DocumentDecoder decoder = DocumentDecoder.standard();
    private static final String TEXT = "2024年度\r\n新乡县医疗保障局部门决算\r\n收入支出决算总表\r\n本年收入合计\t27\t719.68\r\n";

    @Test
    void readsUtf8WithCrlfAndBom() throws Exception {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        DecodedDocument d = decoder.decode("bom.txt", bom);
        assertThat(d.document().encoding()).isEqualTo("UTF-8");
        assertThat(d.document().lines()).containsExactly("2024年度", "新乡县医疗保障局部门决算", "收入支出决算总表",
                "本年收入合计\t27\t719.68");
        assertThat(d.issues()).isEmpty();
    }

    @Test
    void detectsGbkAndSaysSo() throws Exception {
        DecodedDocument d = decoder.decode("gbk.txt", TEXT.getBytes(Charset.forName("GBK")));
        assertThat(d.document().encoding()).isEqualTo("GB18030");
        assertThat(d.document().line(2)).isEqualTo("新乡县医疗保障局部门决算");
        assertThat(d.issues()).singleElement().satisfies(i -> assertThat(i.kind()).isEqualTo("encoding_detected"));
    }

    @Test
    void wholeSeedRoundTripsThroughGb18030() throws Exception {
        String seed = new String(Seeds.bytes("002"), StandardCharsets.UTF_8);
        SourceDocument utf8 = decoder.decode("a", Seeds.bytes("002")).document();
        SourceDocument gb = decoder.decode("b", seed.getBytes(Charset.forName("GB18030"))).document();
        assertThat(gb.lines()).isEqualTo(utf8.lines());
        assertThat(gb.docId()).isNotEqualTo(utf8.docId());
    }

    /** UTF-16 without a byte-order mark (iconv -t UTF-16LE writes none) is told apart from binary data by its NULs. */
    @Test
    void utf16WithoutAByteOrderMarkIsDetectedAndSaysSo() throws Exception {
        String seed = new String(Seeds.bytes("004"), StandardCharsets.UTF_8);
        SourceDocument utf8 = decoder.decode("a", Seeds.bytes("004")).document();
        for (Charset cs : new Charset[]{StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            DecodedDocument d = decoder.decode("u16.txt", seed.getBytes(cs));
            assertThat(d.document().encoding()).isEqualTo(cs.name());
            assertThat(d.document().lines()).isEqualTo(utf8.lines());
            assertThat(d.issues()).singleElement().satisfies(i -> {
                assertThat(i.kind()).isEqualTo("encoding_detected");
                assertThat(i.message()).contains("no byte-order mark").endsWith("decoded as " + cs.name());
                assertThat(i.messageZh()).contains("已按 " + cs.name() + " 解码");
            });
        }
    }

    /** UTF-16LE text whose NULs (odd offsets) are joined by NULs at even offsets is damaged or binary: not decoded. */
    @Test
    void nulBytesOnBothParitiesAreBinaryNotUtf16() {
        byte[] bytes = new String(Seeds.bytes("004"), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE);
        for (int i = 0; i < bytes.length; i += 16) {
            bytes[i] = 0; // NULs on even offsets too: as many as one in eight of the odd ones
        }
        assertThatThrownBy(() -> decoder.decode("mixed.bin", bytes))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("mixed.bin: binary data, not a text document");
    }

    /**
     * A broken PDF is named as a PDF that cannot be read; an Office file POI does not read is named as such, with how
     * to get its text, not as "binary data".
     */
    @Test
    void officeFormatsAreNamedWithHowToGetTheirText() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> decoder.decode("cut.pdf", pdf)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("cut.pdf: a PDF that cannot be read (")
                .hasCauseInstanceOf(java.io.IOException.class)
                .satisfies(e -> assertThat(((UnreadableDocumentException) e).messageZh()).contains("无法读取的 PDF"));
        byte[] docx = {'P', 'K', 3, 4, 20, 0, 6, 0};
        assertThatThrownBy(() -> decoder.decode("a.docx", docx)).hasMessageContaining("a zip container (an .xlsb workbook");
        byte[] doc = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        assertThatThrownBy(() -> decoder.decode("a.ppt", doc)).hasMessageContaining("an OLE2 document that is neither");
    }

    @Test
    void binaryGarbageIsUnreadableWithAClearReason() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        assertThatThrownBy(() -> decoder.decode("garbage.bin", garbage))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("garbage.bin: ")
                .hasMessageContaining("binary");
    }

    @Test
    void fileCutInsideACharacterIsDecodedUpToTheCutAndReported() throws Exception {
        byte[] all = Seeds.bytes("000");
        String head = "2024年度  \n新乡县医疗保障局部门决算";
        int cut = 2001;
        while ((all[cut] & 0xC0) != 0x80) {
            cut++; // stop inside a multi-byte character
        }
        DecodedDocument d = decoder.decode("cut.txt", Arrays.copyOf(all, cut));
        assertThat(String.join("\n", d.document().lines())).contains(head);
        assertThat(d.issues()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo("truncated_document");
            assertThat(i.severity()).isEqualTo("error");
            assertThat(i.line()).isEqualTo(d.document().lineCount());
        });
    }

    @Test
    void utf8ReadAsLatin1IsAWrongEncoding() {
        String seed = new String(Seeds.bytes("000"), StandardCharsets.UTF_8);
        byte[] mojibake = new String(seed.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"))
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> decoder.decode("mojibake.txt", mojibake))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("wrong encoding");
    }

    @Test
    void big5IsNotMistakenForGbk() {
        String seed = new String(Seeds.bytes("000"), StandardCharsets.UTF_8);
        byte[] big5 = seed.getBytes(Charset.forName("Big5"));
        assertThatThrownBy(() -> decoder.decode("big5.txt", big5)).isInstanceOf(UnreadableDocumentException.class);
    }

    @Test
    void emptyAndLatinOnlyFilesAreUnreadable() {
        assertThatThrownBy(() -> decoder.decode("empty.txt", new byte[0])).hasMessageContaining("empty file");
        assertThatThrownBy(() -> decoder.decode("en.txt", "hello world 123".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("no Chinese text");
    }
}
