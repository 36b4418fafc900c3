package org.eacplanner.ui.form;

/** How a question is answered; each kind has its control and its validation. */
public enum FieldKind {
    TEXT, MULTILINE, EMAIL, HOST, HTTPS_URL, ORG_ID, WHOLE_NUMBER, YES_NO, CHOICE, CHOICES, DATE, EXCHANGE_BUILD
}
