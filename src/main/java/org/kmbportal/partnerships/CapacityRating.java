package org.kmbportal.partnerships;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The partner's rating, from 1 (just starting) to 4 (could teach others), of one capacity at one check-in. */
@Entity
@Table(name = "capacity_rating")
public class CapacityRating {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 4;

    @Id
    @SequenceGenerator(name = "capacity_rating_seq", sequenceName = "capacity_rating_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "capacity_rating_seq")
    private Long id;

    @Column(name = "partnership_id", nullable = false)
    private long partnershipId;

    @Column(name = "check_in_number", nullable = false)
    private int checkInNumber;

    @Column(nullable = false, length = 120)
    private String capacity;

    @Column(nullable = false)
    private int rating;

    @Column(name = "rated_by", nullable = false, length = 500)
    private String ratedBy;

    @Column(name = "rated_at", nullable = false)
    private OffsetDateTime ratedAt;

    protected CapacityRating() {
    }

    CapacityRating(long partnershipId, int checkInNumber, String capacity, int rating, String ratedBy,
            OffsetDateTime ratedAt) {
        this.partnershipId = partnershipId;
        this.checkInNumber = checkInNumber;
        this.capacity = capacity;
        this.rating = rating;
        this.ratedBy = ratedBy;
        this.ratedAt = ratedAt;
    }

    public int getCheckInNumber() {
        return checkInNumber;
    }

    public String getCapacity() {
        return capacity;
    }

    public int getRating() {
        return rating;
    }

    public String getRatedBy() {
        return ratedBy;
    }
}
