package org.kmbportal.library.web;

import java.util.List;

/** A term as a link to the resources it describes; a group is one vocabulary's terms on a resource. */
public record TermLink(String label, String url) {

    /** The terms of one vocabulary, under its name. */
    public record Group(String key, String name, List<TermLink> terms) {
    }
}
