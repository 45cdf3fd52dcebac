package org.nianbao.web.error;

/** A request the server refuses, with the HTTP status and the Chinese message the user sees. */
public final class WebException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public WebException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static WebException badRequest(String message) {
        return new WebException(400, message);
    }

    public static WebException notFound(String message) {
        return new WebException(404, message);
    }

    public static WebException forbidden(String message) {
        return new WebException(403, message);
    }
}
