package io.github.ppm.core.disclosure;

/**
 * The HTML page every ppm output shares: self-contained (one inline style sheet, no scripts, no
 * external assets), accessible, print-friendly. A Content-Security-Policy forbids scripts and
 * remote loads, so even a value that slipped through escaping could not run or fetch anything.
 */
public final class Html {
    private static final String STYLE = """
            :root{color-scheme:light}
            body{margin:0;background:#fff;color:#1a1a1a;line-height:1.5;font-family:system-ui,-apple-system,"Segoe UI",\
            "PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC",sans-serif}
            main{max-width:90rem;margin:0 auto;padding:1.5rem}
            h1{font-size:1.5rem;margin:0 0 .25rem}
            h2{font-size:1.125rem;margin:1.5rem 0 .5rem}
            .subject{color:#3d3d3d;margin:0 0 1rem}
            table{border-collapse:collapse;width:100%;font-size:.875rem}
            caption{caption-side:top;text-align:left;font-weight:600;padding:.5rem 0}
            th,td{border:1px solid #8c8c8c;padding:.375rem .5rem;vertical-align:top;text-align:left;\
            white-space:pre-line;overflow-wrap:anywhere;min-width:4em}
            thead th{background:#e6edf5}
            .nowrap{white-space:nowrap;overflow-wrap:normal}
            tbody tr:nth-child(even){background:#f5f7fa}
            a{color:#0645ad}
            ul{padding-left:1.25rem}
            .note{color:#4a4a4a;font-size:.8125rem;margin-top:1rem}
            @media print{main{max-width:none;padding:0}thead{display:table-header-group}tr{break-inside:avoid}\
            thead th,tbody tr:nth-child(even){background:none}a{color:inherit;text-decoration:none}}
            """;

    private Html() {
    }

    /** Text made safe for HTML element content and quoted attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Text for a page in {@code lang}, escaped; on an English page each run of Chinese (Han
     * characters and CJK punctuation, with the digits, spaces and signs between them) is marked
     * {@code <span lang="zh">}, so that screen readers pronounce it and browsers pick a Chinese
     * font for it (WCAG 3.1.2).
     */
    public static String text(String text, String lang) {
        if (!"en".equals(lang)) {
            return escape(text);
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            int start = i;
            if (!isChinese(text.codePointAt(i))) {
                while (i < text.length() && !isChinese(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                out.append(escape(text.substring(start, i)));
                continue;
            }
            // The run goes on over what is neither Chinese nor a letter while more Chinese follows.
            int end = i;
            for (int j = i; j < text.length(); ) {
                int c = text.codePointAt(j);
                if (!isChinese(c) && Character.isLetter(c)) {
                    break;
                }
                j += Character.charCount(c);
                if (isChinese(c)) {
                    end = j;
                }
            }
            out.append("<span lang=\"zh\">").append(escape(text.substring(start, end))).append("</span>");
            i = end;
        }
        return out.toString();
    }

    private static boolean isChinese(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
                || codePoint >= 0x3000 && codePoint <= 0x303F || codePoint >= 0xFF00 && codePoint <= 0xFFEF;
    }

    /** The BCP 47 tag for the {@code lang} attribute: {@code zh-CN} or {@code en}. */
    public static String langTag(String lang) {
        return "zh".equals(lang) ? "zh-CN" : "en";
    }

    /**
     * A whole page.
     *
     * @param lang  {@code zh} or {@code en}
     * @param title the page title, plain text
     * @param body  the content of {@code <main>}, already HTML
     */
    public static String page(String lang, String title, String body) {
        return "<!DOCTYPE html>\n"
                + "<html lang=\"" + langTag(lang) + "\">\n"
                + "<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
                + " img-src data:; base-uri 'none'; form-action 'none'\">\n"
                + "<meta name=\"generator\" content=\"ppm\">\n"
                + "<title>" + escape(title) + "</title>\n"
                + "<style>\n" + STYLE + "</style>\n"
                + "</head>\n"
                + "<body>\n<main>\n" + body + "</main>\n</body>\n</html>\n";
    }

    /** A link, only for {@code http(s)} addresses; anything else is shown as text. */
    public static String link(String url, String text) {
        if (!url.matches("https?://[^\\s\"'<>]+")) {
            return escape(text);
        }
        return "<a href=\"" + escape(url) + "\" rel=\"noopener noreferrer\">" + escape(text) + "</a>";
    }
}
