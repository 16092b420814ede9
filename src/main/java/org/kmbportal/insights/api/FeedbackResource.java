package org.kmbportal.insights.api;

import org.kmbportal.web.api.ApiExamples;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kmbportal.accounts.Caller;
import org.kmbportal.accounts.Guard;
import org.kmbportal.insights.FeedbackService;
import org.kmbportal.insights.SessionAnswers;
import org.kmbportal.insights.SignalLimits;
import org.kmbportal.insights.SignalRefused;
import org.kmbportal.web.ClientAddress;
import org.kmbportal.web.ReaderConsent;
import org.kmbportal.web.ReaderLanguage;
import org.kmbportal.web.api.ApiError;
import org.kmbportal.web.api.ApiException;
import org.kmbportal.web.api.ReaderSignal;

/**
 * {@code POST /api/resources/{id}/feedback}: "was this useful?". Anyone may answer, without a session or token
 * ({@link ReaderSignal}): the answer changes nothing but the anonymous answers, one per reader and resource (or match):
 * a signed-in person's, or else a session's, new answer replaces the earlier one (200 instead of 201), within the
 * rate limits per session and address. Robots' answers are accepted and ignored. The session a
 * first answer needs is created then, never for reading.
 */
@Path("resources/{id}/feedback")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reader signals")
public class FeedbackResource {

    @Inject
    FeedbackService feedback;

    @Inject
    SignalLimits limits;

    @Inject
    HttpServletRequest request;

    @Inject
    Guard guard;

    @POST
    @ReaderSignal
    @Operation(summary = "Was this resource useful?", description = "Anonymous; one answer per reader (signed-in person,"
            + " else session) and resource (or match): a new one replaces the earlier; rate-limited per session and per address. Nothing about who answered is stored.")
    @APIResponse(responseCode = "201", description = "Kept", content = @Content(schema = @Schema(implementation = SignalJson.FeedbackReceipt.class)))
    @APIResponse(responseCode = "202", description = "A robot's answer: ignored", content = @Content(schema = @Schema(implementation = SignalJson.FeedbackReceipt.class)))
    @APIResponse(responseCode = "400", description = "Bad answer (useful not true or false, reason, text over 500 characters, rank)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No published resource with this id", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "200", description = "Updated: it replaces this reader's earlier answer about this resource (or match)", content = @Content(schema = @Schema(implementation = SignalJson.FeedbackReceipt.class)))
    @APIResponse(responseCode = "429", description = "Too many answers from this session or address this hour", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response give(
            @Parameter(description = "The resource's id", example = ApiExamples.RESOURCE_ID) @PathParam("id") String id,
            SignalJson.FeedbackRequest body) {
        if (ReaderConsent.isRobot(request)) {
            return Response.accepted(new SignalJson.FeedbackReceipt(false, false, "Answers from robots are not kept."))
                    .build();
        }
        if (body == null) {
            throw ApiException.said(400, "bad_json", "api.error.feedbackBody");
        }
        FeedbackService.Checked answer = feedback.check(new FeedbackService.Answer(id, body.yesOrNo(), body.reason(),
                body.text(), body.place(), body.rank(), ReaderLanguage.of(request)));
        // The session is made before counting, so a first answer counts for it like every later one.
        HttpSession answering = request.getSession(true);
        if (!limits.take(answering.getId(), ClientAddress.of(request))) {
            throw new SignalRefused(429, "too_many", "Too many answers from here this hour; please try later.").said(
                    "api.signal.tooManyAnswers");
        }
        Long account = guard.caller().map(Caller::accountId).orElse(null);
        boolean replaced = feedback.store(answer,
                FeedbackService.answerer(account, SessionAnswers.readerKey(answering)));
        SessionAnswers.remember(answering, answer.place(), answer.resource());
        if (replaced) {
            return Response.ok(new SignalJson.FeedbackReceipt(true, true,
                    "Your answer was updated: it replaces your earlier one.")).build();
        }
        return Response.status(Response.Status.CREATED)
                .entity(new SignalJson.FeedbackReceipt(true, false, "Thank you: your answer is kept, anonymously."))
                .build();
    }
}
