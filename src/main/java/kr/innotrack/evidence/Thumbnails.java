package kr.innotrack.evidence;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The small picture of a photo (JPG/PNG) shown on the task page and the projector's slides: at most {@link #MAX} px on
 * its longer side, a JPEG for a JPEG and a PNG for a PNG (transparency kept). An image whose header claims more than
 * {@link #MAX_PIXELS} pixels is not decoded (a small file that would unpack to gigabytes): it simply has no thumbnail.
 */
final class Thumbnails {

    static final int MAX = 320;
    static final long MAX_PIXELS = 50_000_000L;

    private Thumbnails() {
    }

    record Thumbnail(byte[] content, String contentType) {
    }

    /** The thumbnail, or null when the image cannot be read (it is still accepted, shown as a file). */
    static Thumbnail of(Path image, FileKind kind) {
        if (!kind.image()) {
            return null;
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    return null;
                }
                return scaled(reader.read(0), kind);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Thumbnail scaled(BufferedImage source, FileKind kind) throws IOException {
        int w = source.getWidth();
        int h = source.getHeight();
        double scale = Math.min(1.0, (double) MAX / Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * scale));
        int th = Math.max(1, (int) Math.round(h * scale));
        boolean png = kind == FileKind.PNG;
        BufferedImage out = new BufferedImage(tw, th, png ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (!png) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, tw, th);
            }
            g.drawImage(source, 0, 0, tw, th, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(out, png ? "png" : "jpeg", bytes);
        return new Thumbnail(bytes.toByteArray(), png ? "image/png" : "image/jpeg");
    }
}
