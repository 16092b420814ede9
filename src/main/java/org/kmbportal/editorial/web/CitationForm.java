package org.kmbportal.editorial.web;

import java.io.Serializable;

import org.kmbportal.library.Citation;

/** The citation part of the edit form: the study's reference, authors one per line. */
public class CitationForm implements Serializable {

    private String authors = "";
    private String year = "";
    private String citationTitle = "";
    private String container = "";
    private String volume = "";
    private String issue = "";
    private String pages = "";
    private String doi = "";
    private String url = "";

    void fill(Citation c) {
        authors = String.join("\n", c.authors());
        year = c.year() == null ? "" : c.year().toString();
        citationTitle = c.title();
        container = c.container();
        volume = c.volume();
        issue = c.issue();
        pages = c.pages();
        doi = c.doi();
        url = c.url();
    }

    Citation toCitation() {
        return new Citation(ResourceForm.lines(authors), year.isBlank() ? null : Integer.valueOf(year.strip()),
                citationTitle, container, volume, issue, pages, doi, url);
    }

    public String getAuthors() {
        return authors;
    }

    public void setAuthors(String authors) {
        this.authors = authors == null ? "" : authors;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year == null ? "" : year;
    }

    public String getCitationTitle() {
        return citationTitle;
    }

    public void setCitationTitle(String citationTitle) {
        this.citationTitle = citationTitle == null ? "" : citationTitle;
    }

    public String getContainer() {
        return container;
    }

    public void setContainer(String container) {
        this.container = container == null ? "" : container;
    }

    public String getVolume() {
        return volume;
    }

    public void setVolume(String volume) {
        this.volume = volume == null ? "" : volume;
    }

    public String getIssue() {
        return issue;
    }

    public void setIssue(String issue) {
        this.issue = issue == null ? "" : issue;
    }

    public String getPages() {
        return pages;
    }

    public void setPages(String pages) {
        this.pages = pages == null ? "" : pages;
    }

    public String getDoi() {
        return doi;
    }

    public void setDoi(String doi) {
        this.doi = doi == null ? "" : doi;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url == null ? "" : url;
    }
}
