package org.kmbportal.library;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The library's {@code taxonomy.yaml} as last imported. Stored whole, so the vocabularies survive without the content
 * folder and export gives the file back unchanged.
 */
@Entity
@Table(name = "taxonomy")
public class TaxonomySource {

    static final long SINGLE_ROW = 1L;

    @Id
    private Long id = SINGLE_ROW;

    @Column(name = "source_yaml", nullable = false)
    private String yaml;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected TaxonomySource() {
    }

    TaxonomySource(String yaml) {
        update(yaml);
    }

    void update(String newYaml) {
        this.yaml = newYaml;
        this.updatedAt = OffsetDateTime.now(java.time.ZoneOffset.UTC);
    }

    public String getYaml() {
        return yaml;
    }
}
