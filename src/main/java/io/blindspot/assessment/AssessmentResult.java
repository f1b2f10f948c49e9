package io.blindspot.assessment;

import io.blindspot.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The scored result of a submitted assessment, with the instrument version that produced it. */
@Entity
@Table(name = "assessment_result")
public class AssessmentResult extends AbstractEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id")
    private Assessment assessment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instrument_version_id")
    private InstrumentVersion instrument;

    @Column(name = "score_d")
    private double scoreD;

    @Column(name = "score_i")
    private double scoreI;

    @Column(name = "score_s")
    private double scoreS;

    @Column(name = "score_c")
    private double scoreC;

    @Column(name = "people_vs_task")
    private double peopleVsTask;

    private double pace;

    @Column(nullable = false)
    private String style;

    private double intensity;

    @Column(name = "quality_flags", nullable = false)
    private String qualityFlags = "";

    @Column(name = "duration_seconds")
    private Long durationSeconds;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    protected AssessmentResult() {}

    public AssessmentResult(
            Assessment assessment,
            double[] dISC,
            double peopleVsTask,
            double pace,
            String style,
            double intensity,
            Set<String> qualityFlags,
            Long durationSeconds,
            Instant scoredAt) {
        this.assessment = assessment;
        this.instrument = assessment.getInstrument();
        this.scoreD = dISC[0];
        this.scoreI = dISC[1];
        this.scoreS = dISC[2];
        this.scoreC = dISC[3];
        this.peopleVsTask = peopleVsTask;
        this.pace = pace;
        this.style = style;
        this.intensity = intensity;
        this.qualityFlags = String.join(",", new TreeSet<>(qualityFlags));
        this.durationSeconds = durationSeconds;
        this.scoredAt = scoredAt;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public InstrumentVersion getInstrument() {
        return instrument;
    }

    public double getScoreD() {
        return scoreD;
    }

    public double getScoreI() {
        return scoreI;
    }

    public double getScoreS() {
        return scoreS;
    }

    public double getScoreC() {
        return scoreC;
    }

    public double getPeopleVsTask() {
        return peopleVsTask;
    }

    public double getPace() {
        return pace;
    }

    public String getStyle() {
        return style;
    }

    public double getIntensity() {
        return intensity;
    }

    public Set<String> getQualityFlags() {
        return qualityFlags.isBlank()
                ? Set.of()
                : Arrays.stream(qualityFlags.split(",")).collect(Collectors.toUnmodifiableSet());
    }

    public Long getDurationSeconds() {
        return durationSeconds;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }
}
