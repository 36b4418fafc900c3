package org.eacplanner.ui.wizard;

import static org.eacplanner.ui.form.FieldKind.DATE;
import static org.eacplanner.ui.form.FieldKind.EMAIL;
import static org.eacplanner.ui.form.FieldKind.EXCHANGE_BUILD;
import static org.eacplanner.ui.form.FieldKind.HOST;
import static org.eacplanner.ui.form.FieldKind.HTTPS_URL;
import static org.eacplanner.ui.form.FieldKind.MULTILINE;
import static org.eacplanner.ui.form.FieldKind.ORG_ID;
import static org.eacplanner.ui.form.FieldKind.TEXT;
import static org.eacplanner.ui.form.FieldKind.WHOLE_NUMBER;
import static org.eacplanner.ui.form.FieldKind.YES_NO;
import static org.eacplanner.ui.form.FieldSpec.choice;
import static org.eacplanner.ui.form.FieldSpec.choices;
import static org.eacplanner.ui.form.FieldSpec.of;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eacplanner.model.AuthMethod;
import org.eacplanner.model.ConnectionMethod;
import org.eacplanner.model.Deployment;
import org.eacplanner.model.EacAuthMethod;
import org.eacplanner.model.EacConnectionMethod;
import org.eacplanner.model.EacLicense;
import org.eacplanner.model.Edition;
import org.eacplanner.model.ExoEwsSetting;
import org.eacplanner.model.MicrosoftCloud;
import org.eacplanner.model.Product;
import org.eacplanner.model.SalesforceCloud;
import org.eacplanner.model.ServerVersion;
import org.eacplanner.model.ServiceAccountAuth;
import org.eacplanner.model.TlsVersion;
import org.eacplanner.model.UserInterface;
import org.eacplanner.rules.QuestionScope;
import org.eacplanner.ui.form.Section;

/**
 * The questions of the inventory steps, in the order of product.md. Every field of the file format has a
 * question here (a test checks it against the JSON Schema), except the Lightning Sync configurations, which
 * have their own table.
 */
public final class StepForms {

    public static final Map<Step, List<Section>> FORMS = Map.of(
            Step.ORGANIZATION, List.of(
                    Section.of("assessment",
                            of("title", TEXT),
                            of("client.name", TEXT),
                            of("preparedBy.name", TEXT),
                            of("preparedBy.company", TEXT),
                            of("preparedBy.email", EMAIL),
                            of("notes", MULTILINE)),
                    Section.of("org",
                            of("org.name", TEXT),
                            of("org.orgId", ORG_ID),
                            choice("org.edition", Edition.class),
                            choice("org.cloud", SalesforceCloud.class),
                            of("org.instance", TEXT),
                            of("org.myDomain", HOST),
                            choices("org.products", Product.class),
                            choices("org.userInterfaces", UserInterface.class),
                            of("org.userCount", WHOLE_NUMBER))),
            Step.MICROSOFT, List.of(
                    Section.of("microsoft",
                            choice("exchange.deployment", Deployment.class),
                            choice("exchange.microsoftCloud", MicrosoftCloud.class),
                            choice("exchange.exoEwsEnabled", ExoEwsSetting.class),
                            of("exchange.tenantDomain", HOST)),
                    Section.of("servers",
                            choice("exchange.serverVersion", ServerVersion.class),
                            of("exchange.serverBuild", EXCHANGE_BUILD),
                            of("exchange.ewsUrl", HTTPS_URL),
                            of("exchange.ewsEnabled", YES_NO),
                            of("exchange.ewsOverSsl", YES_NO),
                            choice("exchange.tlsVersion", TlsVersion.class),
                            of("exchange.autodiscoverEnabled", YES_NO),
                            choices("exchange.authMethods", AuthMethod.class),
                            of("exchange.certificateAuthority", TEXT),
                            of("exchange.certificateRoot", TEXT),
                            of("exchange.certificateChainComplete", YES_NO),
                            of("exchange.certificateApproved", YES_NO),
                            of("exchange.certificateExpiresOn", DATE),
                            of("exchange.inbound443Open", YES_NO)),
                    Section.of("hybrid",
                            of("exchange.hybridConfigurationPresent", YES_NO),
                            of("exchange.hybridDedicatedApp", YES_NO),
                            of("exchange.hybridGraphPermissions", YES_NO),
                            of("exchange.mailboxesOnline", WHOLE_NUMBER),
                            of("exchange.mailboxesOnPremises", WHOLE_NUMBER))),
            Step.LIGHTNING_SYNC, List.of(
                    Section.of("lightningSync",
                            of("lightningSync.inUse", YES_NO),
                            choice("lightningSync.connectionMethod", ConnectionMethod.class),
                            of("lightningSync.serviceAccountEmail", EMAIL),
                            of("lightningSync.impersonationGranted", YES_NO),
                            choice("lightningSync.serviceAccountAuth", ServiceAccountAuth.class),
                            of("lightningSync.serviceAccountEwsEnabled", YES_NO),
                            of("lightningSync.classicRecurringEventsInUse", YES_NO),
                            of("lightningSync.usersSyncing", WHOLE_NUMBER),
                            of("lightningSync.usersWithErrors", WHOLE_NUMBER))),
            Step.EAC, List.of(
                    Section.of("eac",
                            of("eac.enabled", YES_NO),
                            choices("eac.licenses", EacLicense.class),
                            of("eac.configurations", WHOLE_NUMBER),
                            choice("eac.microsoftAuthMethod", EacAuthMethod.class),
                            choice("eac.connectionMethod", EacConnectionMethod.class),
                            choice("eac.inboxMicrosoftAuthMethod", EacAuthMethod.class),
                            of("eac.emailCaptureWanted", YES_NO),
                            of("eac.syncEmailAsActivity", YES_NO),
                            of("eac.reportsDependOnActivityRecords", YES_NO),
                            of("eac.usersWithoutConfiguration", WHOLE_NUMBER),
                            of("eac.userEmailsArePrimaryUpn", YES_NO))));

    /** {@link #FORMS} with each question shown only when it applies to the deployment. */
    private static final Map<Step, List<Section>> SHOWN = shown();

    private StepForms() {
    }

    /** The sections of {@code step}, or none for steps that are not forms; a question shows when it applies. */
    public static List<Section> sections(Step step) {
        return SHOWN.getOrDefault(step, List.of());
    }

    private static Map<Step, List<Section>> shown() {
        Map<Step, List<Section>> m = new EnumMap<>(Step.class);
        FORMS.forEach((step, sections) -> m.put(step, sections.stream().map(StepForms::scoped).toList()));
        return Collections.unmodifiableMap(m);
    }

    /** {@code s} with each question shown only when it applies to the deployment ({@link QuestionScope}). */
    private static Section scoped(Section s) {
        return new Section(s.key(), s.fields().stream().map(f -> QuestionScope.scoped(f.path())
                ? f.shownWhen(a -> QuestionScope.applies(f.path(), a)) : f).toList());
    }
}
