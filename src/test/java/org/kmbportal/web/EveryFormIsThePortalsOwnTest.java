package org.kmbportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every form of every page is checked by the portal, not by the browser: a form without {@code novalidate} showed
 * Chrome's own tooltip ("Value must be less than or equal to 12", in the browser's language) and never reached the
 * portal, so its message beside the field never came and the previous send's messages stayed on the page (user
 * session us48: "Start a partnership", /admin/invitations, partnership settings, sign-in, a collection's editor).
 */
class EveryFormIsThePortalsOwnTest {

    private static final Pattern FORM = Pattern.compile("<(h:form|form)\\b[^>]*>", Pattern.DOTALL);

    @Test
    void everyFormOfEveryPageTurnsTheBrowsersChecksOff() throws Exception {
        List<String> browserChecked = new ArrayList<>();
        int forms = 0;
        List<Path> pages;
        try (var files = Files.walk(Path.of("src/main/webapp"))) {
            pages = files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList();
        }
        for (Path page : pages) {
            String text = Files.readString(page);
            for (Matcher form = FORM.matcher(text); form.find();) {
                forms++;
                String tag = form.group();
                // h:form passes the attribute through (jakarta.faces.passthrough); a plain form has it as it is.
                boolean own = tag.startsWith("<h:form")
                        ? tag.matches("(?s).*\\b[a-z]+:novalidate=\"novalidate\".*")
                        : tag.matches("(?s).*\\snovalidate=\"novalidate\".*");
                if (!own) {
                    browserChecked.add(page + ": " + tag.lines().findFirst().orElse(tag));
                }
            }
        }
        assertTrue(forms > 40, "the pages' forms were found: " + forms);
        assertEquals(List.of(), browserChecked, "forms the browser checks with its own tooltip");
    }
}
