package org.kmbportal.content;

import java.util.List;

/** Script-injection attempts used by the sanitizer tests (and, through the browser, by the page tests). */
public final class XssPayloads {

    public static final List<String> ALL = List.of(
            "<script>alert('xss')</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<img src=\"javascript:alert(1)\">",
            "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](java\tscript:alert(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![x](javascript:alert(1))",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "<body onload=alert(1)>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<p style=\"x:expression(alert(1))\">x</p>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"javascript:alert(1)\">",
            "<form action=\"javascript:alert(1)\"><button>x</button></form>",
            "<input autofocus onfocus=alert(1)>",
            "<details open ontoggle=alert(1)>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
            "<base href=\"javascript:alert(1)//\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<link rel=stylesheet href=\"javascript:alert(1)\">",
            "<video><source onerror=\"alert(1)\"></video>",
            "<marquee onstart=alert(1)>x</marquee>",
            "\"><script>alert(1)</script>",
            "'--></style></script><script>alert(1)</script>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<a href=\"https://ok.example\" onclick=\"alert(1)\">ok</a>",
            "<textarea><script>alert(1)</script></textarea>",
            "<select onfocus=alert(1) autofocus>",
            "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
            "<abbr title=\"x\" onmouseover=\"alert(1)\">x</abbr>",
            "<img src=\"https://ok.example/a.png\" onload=\"alert(1)\">",
            "<style>@import 'javascript:alert(1)';</style>",
            "<a href=\" javascript:alert(1)\">leading space</a>",
            "<frameset onload=alert(1)>",
            "<isindex action=javascript:alert(1) type=submit>",
            "<a href=\"data:text/html,<script>alert(1)</script>\">d</a>",
            "<img src=x:alert(alt) onerror=eval(src) alt=0>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
            "<a href=javascript&colon;alert(1)>colon entity</a>",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">x</text></a></svg>",
            "<img src=`javascript:alert(1)`>",
            "[a](<javascript:alert(1)>)",
            "<http://example.org\" onmouseover=\"alert(1)>");

    private XssPayloads() {
    }
}
