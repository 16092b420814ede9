package org.kmbportal.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row that numbers the change log; locked by each writing transaction until it commits. */
@Entity
@Table(name = "change_counter")
public class ChangeCounter {

    static final long SINGLE_ROW = 1L;

    @Id
    private Long id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    protected ChangeCounter() {
    }

    long next() {
        return ++lastSeq;
    }

    long last() {
        return lastSeq;
    }
}
