package org.kmbportal.library;

import java.util.List;

/**
 * Resources related to one, best first (collections left out). Answered by the search index, which sits above the
 * library; the library's pages ask for it by this interface.
 */
public interface RelatedIds {

    /** Empty when the resource is not in the index (unknown or unpublished). */
    List<String> resourcesRelatedTo(String id, int size);
}
