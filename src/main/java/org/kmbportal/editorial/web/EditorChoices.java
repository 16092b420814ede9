package org.kmbportal.editorial.web;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.kmbportal.library.Effort;
import org.kmbportal.library.EvidenceDesign;

/** The fixed choices of the edit form (the content format's designs and efforts), as keys. */
@Named("editorChoices")
@ApplicationScoped
public class EditorChoices {

    public List<String> getDesigns() {
        return EvidenceDesign.keys();
    }

    public List<String> getEfforts() {
        return Arrays.stream(Effort.values()).map(Effort::key).toList();
    }
}
