package org.kmbportal.editorial;

/** An uploaded archive that is refused as a whole (too big, broken, unsafe paths); nothing of it is stored. */
public class ArchiveException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public ArchiveException(String messageKey, String englishMessage, Object... arguments) {
        super(englishMessage);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
