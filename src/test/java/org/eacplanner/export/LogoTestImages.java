package org.eacplanner.export;

/** Test images for other packages' tests. */
public final class LogoTestImages {

    private LogoTestImages() {
    }

    public static byte[] png() {
        return LogoTest.PNG.clone();
    }
}
