package org.kmbportal.library;

/**
 * A resource as a file of the content format (Markdown with front matter). Implemented by the {@code content}
 * package, which sits above the library; the library asks for it by this interface.
 */
public interface ResourceFormat {

    String write(ResourceContent content);
}
