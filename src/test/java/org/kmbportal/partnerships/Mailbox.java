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

    /** Every message received so far, once at least {@code count} arrived (or the wait ran out). */
    static List<MimeMessage> received(int count) {
        mail.waitForIncomingEmail(30_000, count);
        return List.of(mail.getReceivedMessages());
    }
}
