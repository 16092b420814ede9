package org.kmbportal.partnerships;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.kmbportal.platform.PortalSettings;

/**
 * Sends email through the mail server named by {@code kmb.smtp.host}, off the request's thread; without one it sends
 * nothing. A message that cannot be sent is logged and dropped: email is a courtesy, the portal's notifications are
 * the record.
 */
@ApplicationScoped
public class Mailer {

    @Inject
    PortalSettings settings;

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
    private static final String TIMEOUT_MILLIS = "10000";

    @Resource
    ManagedExecutorService executor;

    /** One message to one person. */
    public record Mail(String to, String subject, String body) {
    }

    public boolean configured() {
        return settings.smtpHost().isPresent();
    }

    /** Sends the messages in the background, each on its own (one refused address does not stop the others). */
    public void sendLater(List<Mail> mails) {
        if (settings.smtpHost().isEmpty() || mails.isEmpty()) {
            return;
        }
        executor.submit(() -> mails.forEach(mail -> send(settings, mail)));
    }

    private static void send(PortalSettings settings, Mail mail) {
        try {
            MimeMessage message = new MimeMessage(session(settings));
            message.setFrom(new InternetAddress(settings.smtpFrom()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
            message.setSubject(mail.subject(), "UTF-8");
            message.setText(mail.body(), "UTF-8");
            Transport.send(message);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Email to " + mail.to() + " could not be sent: " + e.getMessage(), e);
        }
    }

    private static Session session(PortalSettings settings) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", settings.smtpHost().orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        if (settings.smtpStartTls()) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (settings.smtpUser().isPresent()) {
            properties.put("mail.smtp.auth", "true");
            String user = settings.smtpUser().get();
            String password = settings.smtpPassword();
            return Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            });
        }
        return Session.getInstance(properties);
    }
}
