package org.eacplanner.export;

/** Test images for other packages' tests. */
public final class LogoTestImages {

    private LogoTestImages() {
    }

    public static byte[] png() {
        return LogoTest.PNG.clone();
    }

    /** Only a PNG header, claiming {@code width} x {@code height} pixels: nothing to decode. */
    public static byte[] pngHeader(long width, long height) {
        return LogoTest.pngHeader(width, height);
    }
}
