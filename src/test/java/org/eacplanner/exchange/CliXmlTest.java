package org.eacplanner.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.eacplanner.exchange.CliXml.CliXmlException;
import org.junit.jupiter.api.Test;

/** The CliXML reader on a fixture written for this project (src/test/resources/exchange) and on hostile input. */
class CliXmlTest {

    private static final String OBJS = "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">";

    private static List<PsObject> read(String xml) throws CliXmlException {
        return CliXml.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anExportReadsAsObjectsWithTypesTextPropertiesAndReferences() throws Exception {
        List<PsObject> objs;
        try (InputStream in = getClass().getResourceAsStream("/exchange/ews-virtual-directory-2019.xml")) {
            objs = CliXml.read(in);
        }
        assertThat(objs).hasSize(2);
        PsObject a = objs.get(0);
        assertThat(a.is("ADWebServicesVirtualDirectory")).isTrue();
        assertThat(a.is("VirtualDirectory")).as("a whole type name, not a part of one").isFalse();
        assertThat(a.text()).isEqualTo("EX19-A\\EWS (Default Web Site)");
        assertThat(a.flag("BasicAuthentication")).isFalse();
        assertThat(a.flag("OAuthAuthentication")).isTrue();
        assertThat(a.texts("InternalAuthenticationMethods")).containsExactly("Ntlm", "OAuth");
        PsObject version = (PsObject) a.get("AdminDisplayVersion");
        assertThat(version.text()).isEqualTo("Version 15.2 (Build 1544.4)");
        assertThat(version.get("Build")).isEqualTo(1544L);
        assertThat(version.properties()).containsEntry("FilePatchLevelDescription", null);
        assertThat(a.text("InternalUrl")).isEqualTo("https://ex19-a.corp.northwind.example/EWS/Exchange.asmx");
        assertThat(a.get("ExternalUrl")).isNull();
        assertThat(a.text("AdminDisplayName")).isEqualTo("line one\r\nline two_x0041_");
        assertThat(a.get("MaxSize")).isEqualTo(5_368_709_120L);
        assertThat(a.get("WhenChanged")).isEqualTo(OffsetDateTime.parse("2026-11-30T09:15:02.1234567+01:00"));
        assertThat(a.text("PSComputerName")).as("extended members too").isEqualTo("ex19-a.corp.northwind.example");
        assertThat(a.get("SameMethods")).as("Ref is the object it names").isSameAs(a.get("InternalAuthenticationMethods"));
        PsObject b = objs.get(1);
        assertThat(b.typeNames()).as("TNRef").isEqualTo(a.typeNames());
        assertThat(b.flag("BasicAuthentication")).isTrue();
        assertThat(b.text("ExternalUrl")).isEqualTo("https://mail.northwind.example/EWS/Exchange.asmx");
    }

    @Test
    void aBillionLaughsFileIsRefusedAtItsDoctypeWithoutExpandingAnything() {
        String lol = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + OBJS + "<Obj RefId=\"0\"><ToString>&lol3;</ToString></Obj></Objs>";
        assertThatThrownBy(() -> read(lol)).isInstanceOf(CliXmlException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void otherXmlTruncatedFilesAndBadValuesSayWhatIsWrong() {
        assertThatThrownBy(() -> read("<html><body/></html>")).hasMessageStartingWith("not CliXML")
                .hasMessageContaining("<html>");
        assertThatThrownBy(() -> read("<Objs xmlns=\"urn:other\"><Obj/></Objs>")).hasMessageStartingWith("not CliXML");
        assertThatThrownBy(() -> read(OBJS + "<Obj RefId=\"0\"><Props><S N=\"Name\">EWS"))
                .isInstanceOf(CliXmlException.class);
        assertThatThrownBy(() -> read("")).isInstanceOf(CliXmlException.class);
        assertThatThrownBy(() -> read(OBJS + "<Obj><Props><I32 N=\"Build\">twelve</I32></Props></Obj></Objs>"))
                .hasMessageContaining("'twelve', not a whole number");
        assertThatThrownBy(() -> read(OBJS + "<Obj><Props><Ref N=\"X\" RefId=\"9\"/></Props></Obj></Objs>"))
                .hasMessageContaining("names no earlier object");
        assertThatThrownBy(() -> read(OBJS + "<Obj><ToString>&undeclared;</ToString></Obj></Objs>"))
                .isInstanceOf(CliXmlException.class);
    }

    @Test
    void nestingSizeAndElementCountAreBounded() {
        String deep = OBJS + "<Obj><Props>".repeat(5_000) + "</Props></Obj>".repeat(5_000) + "</Objs>";
        assertThatThrownBy(() -> read(deep)).hasMessageContaining("levels deep: refused");
        CliXml.Limits small = new CliXml.Limits(1024, 64, 1_000_000, 1 << 20);
        byte[] big = (OBJS + "<Obj><ToString>" + "x".repeat(4096) + "</ToString></Obj></Objs>")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CliXml.read(new ByteArrayInputStream(big), small))
                .hasMessage("larger than 1024 bytes: refused");
        String many = OBJS + "<Obj><S N=\"a\">1</S></Obj>".repeat(600) + "</Objs>";
        assertThatThrownBy(() -> CliXml.read(new ByteArrayInputStream(many.getBytes(StandardCharsets.UTF_8)),
                new CliXml.Limits(1 << 20, 64, 1000, 1 << 20))).hasMessageContaining("more than 1000 elements");
    }

    /** {@code head}, then {@code body} until {@code total} bytes have been given, then {@code tail}; never held whole. */
    private static InputStream generated(String head, byte[] body, long total, String tail) {
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] t = tail.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long at;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                long end = h.length + total + t.length;
                if (at >= end) {
                    return -1;
                }
                int n = 0;
                while (n < len && at < end) {
                    long bodyAt = at - h.length;
                    b[off + n++] = at < h.length ? h[(int) at] : bodyAt < total ? body[(int) (bodyAt % body.length)]
                            : t[(int) (bodyAt - total)];
                    at++;
                }
                return n;
            }
        };
    }

    @Test
    void aGigabyteIsRefusedAtTheBoundsWithoutBeingHeld() {
        long gigabyte = 1L << 30;
        // one value of a gigabyte: refused at the length of one value
        assertThatThrownBy(() -> CliXml.read(generated(OBJS + "<Obj><S N=\"x\">", "a".getBytes(StandardCharsets.UTF_8),
                gigabyte, "</S></Obj></Objs>"))).hasMessageContaining("a value longer than 4194304 characters: refused");
        // a gigabyte of small values: refused at 64 MB read
        byte[] value = ("<Obj><S N=\"x\">" + "a".repeat(1000) + "</S></Obj>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CliXml.read(generated(OBJS, value, gigabyte / value.length * value.length,
                "</Objs>"))).hasMessage("larger than 64 MB: refused");
        assertThatThrownBy(() -> CliXml.read(new ByteArrayInputStream((OBJS + "<Obj><S N=\"x\">" + "b".repeat(200)
                + "</S></Obj></Objs>").getBytes(StandardCharsets.UTF_8)), new CliXml.Limits(1 << 20, 64, 1000, 100)))
                .hasMessageContaining("a value longer than 100 characters");
    }

    @Test
    void escapesAreDecodedOnlyWhereTheyAreWhole() {
        assertThat(CliXml.unescape("a_x000D__x000A_b")).isEqualTo("a\r\nb");
        assertThat(CliXml.unescape("_x005F_x0041_")).isEqualTo("_x0041_");
        assertThat(CliXml.unescape("file_x12_.txt")).isEqualTo("file_x12_.txt");
        assertThat(CliXml.unescape("plain")).isEqualTo("plain");
    }
}
