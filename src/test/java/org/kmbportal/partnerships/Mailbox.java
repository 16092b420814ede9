package org.kmbportal.partnerships;

import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.kmbportal.testing.TestDatabase;

/**
 * The SMTP server that receives the in-server portal's email (GreenMail on loopback, at the port the portal is told).
 * A class of its own so that the test class, which also runs inside the server, never names GreenMail.
 */
final class Mailbox {

    private static GreenMail mail;

    private Mailbox() {
    }

    static synchronized void start() {
        if (mail == null) {
            mail = new GreenMail(new ServerSetup(TestDatabase.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
        }
    }

    static synchronized void stop() {
        if (mail != null) {
            mail.stop();
            mail = null;
        }
    }

    /**
     * Every message received so far, once they satisfy {@code complete} (or 30 s ran out): the portal sends its email
     * after each change commits, so one message may still be on its way when another has arrived.
     */
    static List<MimeMessage> receivedUntil(java.util.function.Predicate<List<MimeMessage>> complete) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        List<MimeMessage> messages = List.of(mail.getReceivedMessages());
        while (!complete.test(messages) && System.nanoTime() < deadline) {
            mail.waitForIncomingEmail(1_000, messages.size() + 1);
            messages = List.of(mail.getReceivedMessages());
        }
        return messages;
    }

    /** Every message received so far, once at least {@code count} arrived (or the wait ran out). */
    static List<MimeMessage> received(int count) {
        mail.waitForIncomingEmail(30_000, count);
        return List.of(mail.getReceivedMessages());
    }
}
