package org.kmbportal.editorial.web;

import java.io.Serializable;

import org.kmbportal.library.SourceSummary;

/** The edit form's credit to a summary published elsewhere that a research summary builds on. */
public class SourceSummaryForm implements Serializable {

    private String title = "";
    private String author = "";
    private String publication = "";
    private String url = "";

    void fill(SourceSummary s) {
        title = s.title();
        author = s.author();
        publication = s.publication();
        url = s.url();
    }

    SourceSummary toSourceSummary() {
        return new SourceSummary(title, author, publication, url);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author == null ? "" : author;
    }

    public String getPublication() {
        return publication;
    }

    public void setPublication(String publication) {
        this.publication = publication == null ? "" : publication;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url == null ? "" : url;
    }
}
