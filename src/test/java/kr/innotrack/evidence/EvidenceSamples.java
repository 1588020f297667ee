package kr.innotrack.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Tiny real files of every accepted kind, made in the test (no binary fixtures). */
public final class EvidenceSamples {

    private EvidenceSamples() {
    }

    public static byte[] pdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }

    public static byte[] xlsx() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("증빙").createRow(0).createCell(0).setCellValue("실적");
            wb.write(out);
            return out.toByteArray();
        }
    }

    public static byte[] xls() throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("증빙").createRow(0).createCell(0).setCellValue("실적");
            wb.write(out);
            return out.toByteArray();
        }
    }

    public static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("결과보고서");
            doc.write(out);
            return out.toByteArray();
        }
    }

    public static byte[] pptx() throws IOException {
        try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            show.createSlide();
            show.write(out);
            return out.toByteArray();
        }
    }

    /** An OWPML package as 한글 writes it: {@code mimetype} first and stored, then the contents. */
    public static byte[] hwpx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = "application/hwp+zip".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("version.xml"));
            zip.write("<?xml version=\"1.0\"?><hv:HCFVersion xmlns:hv=\"http://www.hancom.co.kr/hwpml/2011/version\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("Contents/section0.xml"));
            zip.write("<?xml version=\"1.0\"?><hs:sec xmlns:hs=\"http://www.hancom.co.kr/hwpml/2011/section\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** An OLE2 compound file with the streams of an HWP 5 document. */
    public static byte[] hwp() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            byte[] header = new byte[256];
            byte[] sig = "HWP Document File".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(sig, 0, header, 0, sig.length);
            fs.createDocument(new java.io.ByteArrayInputStream(header), "FileHeader");
            fs.getRoot().createDirectory("BodyText").createDocument("Section0",
                    new java.io.ByteArrayInputStream(new byte[16]));
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    public static byte[] png() throws IOException {
        return image("png", 640, 480);
    }

    public static byte[] jpg() throws IOException {
        return image("jpeg", 800, 600);
    }

    public static byte[] image(String format, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLUE);
        g.fillOval(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    /** A Windows program's first bytes. */
    public static byte[] exe() {
        byte[] b = new byte[512];
        b[0] = 'M';
        b[1] = 'Z';
        return b;
    }
}
