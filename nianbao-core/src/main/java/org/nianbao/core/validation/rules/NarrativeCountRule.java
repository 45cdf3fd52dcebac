package org.nianbao.core.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.ApplicantColumn;
import org.nianbao.core.report.ApplicationRow;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.CellTable;
import org.nianbao.core.report.Provenance;
import org.nianbao.core.report.ReviewGroup;
import org.nianbao.core.report.ReviewOutcome;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.FindingMessages;
import org.nianbao.core.validation.Rule;
import org.nianbao.core.validation.RuleId;

/**
 * narrative.count_mismatch: a count the text states (applications received, reviews, lawsuits) disagrees with
 * the table cell it describes (format.md §C.4 C20). Only plain statements are read: 「共收到政府信息公开申请57件」,
 * 「未收到政府信息公开申请」, 「未发生行政复议和行政诉讼」, 「行政复议2件」.
 */
public final class NarrativeCountRule implements Rule {
    private static final String APPLICATION = "(?:政府信息公开申请|依申请公开(?:政府信息)?(?:申请|事项)?|信息公开申请|申请公开政府信息(?:申请)?)";
    private static final Pattern RECEIVED = Pattern.compile(
            "(?:收到|受理|接收|新收)[^。；，,\\d]{0,10}?" + APPLICATION + "[^。；，,\\d]{0,4}?(\\d+)\\s*(?:件|个|条|份|起)");
    private static final Pattern RECEIVED_NUMBER_FIRST = Pattern.compile(
            "(?:收到|受理|接收|新收)\\s*(\\d+)\\s*(?:件|个|份|起)[^。；，,\\d]{0,4}?" + APPLICATION);
    private static final Pattern RECEIVED_NONE = Pattern.compile(
            "(?:没有|未|无)(?:收到|受理|接收|接到)(?:过|到)?[^。；，,\\d]{0,6}?" + APPLICATION);
    private static final Pattern REVIEW_NONE = Pattern.compile(
            "(?:未|没有|无)(?:发生|引发|产生|出现|收到|涉及)?(?:因政府信息公开(?:工作)?(?:被申请)?)?行政复议");
    private static final Pattern REVIEW_COUNT = Pattern.compile("行政复议(?:案件)?(?:共)?(\\d+)\\s*(?:件|起|宗)");
    private static final Pattern LITIGATION_NONE = Pattern.compile(
            "(?:未|没有|无)(?:发生|引发|产生|出现|涉及)?(?:因政府信息公开(?:工作)?(?:被)?)?(?:行政复议(?:和|及|、|或)?)?(?:提起)?行政诉讼");
    private static final Pattern LITIGATION_COUNT = Pattern.compile("行政诉讼(?:案件)?(?:共)?(\\d+)\\s*(?:件|起|宗)");

    @Override
    public RuleId id() {
        return RuleId.NARRATIVE_COUNT_MISMATCH;
    }

    @Override
    public List<Finding> check(AnnualReport report, Provenance provenance) {
        List<Finding> findings = new ArrayList<>();
        CellTable<ApplicationRow, ApplicantColumn> applications = report.applications();
        CellTable<ReviewGroup, ReviewOutcome> review = report.reviewLitigation();
        Sentences.Finder application = new Sentences.Finder("申请");
        Sentences.Finder reconsideration = new Sentences.Finder("复议");
        Sentences.Finder lawsuit = new Sentences.Finder("诉讼");
        for (Sentences.Sentence sentence : Sentences.of(report)) {
            boolean aboutApplications = application.in(sentence);
            boolean aboutReview = reconsideration.in(sentence) || lawsuit.in(sentence);
            if (!aboutApplications && !aboutReview) {
                continue;
            }
            String text = sentence.text();
            if (applications != null && aboutApplications) {
                OptionalLong received = applications.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL).count();
                Claim claim = firstClaim(text, RECEIVED, RECEIVED_NUMBER_FIRST, RECEIVED_NONE);
                compare(findings, report, provenance, sentence, claim, received,
                        CellPath.of(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL),
                        ApplicationRow.NEW_RECEIVED.label() + "·总计");
            }
            if (review != null && aboutReview) {
                Claim reviews = firstClaim(text, REVIEW_COUNT, null, REVIEW_NONE);
                compare(findings, report, provenance, sentence, reviews,
                        review.cell(ReviewGroup.REVIEW, ReviewOutcome.TOTAL).count(),
                        CellPath.of(ReviewGroup.REVIEW, ReviewOutcome.TOTAL), "行政复议·总计");
                Claim lawsuits = firstClaim(text, LITIGATION_COUNT, null, LITIGATION_NONE);
                compare(findings, report, provenance, sentence, lawsuits, litigationTotal(review),
                        CellPath.of(ReviewGroup.LIT_DIRECT, ReviewOutcome.TOTAL), "行政诉讼（两组）·总计之和");
            }
        }
        return findings;
    }

    private record Claim(long value, int at) {}

    private static @Nullable Claim firstClaim(
            String text, Pattern count, @Nullable Pattern countNumberFirst, Pattern none) {
        // every count pattern needs a digit, every "none" pattern a word of negation: cheap tests first
        boolean digits = hasDigit(text);
        Matcher matcher = count.matcher(text);
        if (digits && matcher.find()) {
            return new Claim(Long.parseLong(matcher.group(1)), matcher.start());
        }
        if (digits && countNumberFirst != null) {
            matcher = countNumberFirst.matcher(text);
            if (matcher.find()) {
                return new Claim(Long.parseLong(matcher.group(1)), matcher.start());
            }
        }
        if (text.indexOf('未') < 0 && text.indexOf('无') < 0 && !text.contains("没有")) {
            return null;
        }
        matcher = none.matcher(text);
        if (matcher.find()) {
            return new Claim(0, matcher.start());
        }
        return null;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static OptionalLong litigationTotal(CellTable<ReviewGroup, ReviewOutcome> review) {
        OptionalLong direct = review.cell(ReviewGroup.LIT_DIRECT, ReviewOutcome.TOTAL).count();
        OptionalLong after = review.cell(ReviewGroup.LIT_AFTER_REVIEW, ReviewOutcome.TOTAL).count();
        if (direct.isEmpty() || after.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(direct.getAsLong() + after.getAsLong());
    }

    private void compare(
            List<Finding> findings,
            AnnualReport report,
            Provenance provenance,
            Sentences.Sentence sentence,
            @Nullable Claim claim,
            OptionalLong table,
            CellPath cell,
            String cellName) {
        if (claim == null || table.isEmpty() || claim.value == table.getAsLong()) {
            return;
        }
        String section = report.sections().get(sentence.section());
        String quote = Sentences.quote(sentence.text(), Math.max(0, claim.at - 4), 30);
        findings.add(Finding.of(id(), cell, table.getAsLong(), claim.value,
                        FindingMessages.format(id().id(), Sentences.partName(sentence.section()), quote, claim.value,
                                cellName, table.getAsLong()))
                .withLine(provenance.lineOf(sentence.section(), section, sentence.offset())));
    }

}
