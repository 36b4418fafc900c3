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

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.eacplanner.model.Assessment;
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
import org.eacplanner.ui.form.FieldSpec;
import org.eacplanner.ui.form.Section;

/**
 * The questions of the inventory steps, in the order of product.md. Every field of the file format has a
 * question here (a test checks it against the JSON Schema), except the Lightning Sync configurations, which
 * have their own table.
 */
public final class StepForms {

    /** The on-premises server questions are not asked when every mailbox is in Exchange Online. */
    private static final Predicate<Assessment> HAS_SERVERS = a -> a.exchange().deployment() != Deployment.EXCHANGE_ONLINE;

    /** Exchange Online's questions are not asked when every mailbox is on premises. */
    private static final Predicate<Assessment> HAS_ONLINE = a -> a.exchange().deployment() != Deployment.ON_PREMISES;

    /** The hybrid link and the mailbox counts matter only for a hybrid (or not yet known) deployment. */
    private static final Predicate<Assessment> MAY_BE_HYBRID = a -> a.exchange().deployment() == null
            || a.exchange().deployment() == Deployment.HYBRID;
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
                            choice("exchange.exoEwsEnabled", ExoEwsSetting.class).shownWhen(HAS_ONLINE),
                            of("exchange.tenantDomain", HOST)),
                    Section.of("servers",
                            server(choice("exchange.serverVersion", ServerVersion.class)),
                            server(of("exchange.serverBuild", EXCHANGE_BUILD)),
                            server(of("exchange.ewsUrl", HTTPS_URL)),
                            server(of("exchange.ewsEnabled", YES_NO)),
                            server(of("exchange.ewsOverSsl", YES_NO)),
                            server(choice("exchange.tlsVersion", TlsVersion.class)),
                            server(of("exchange.autodiscoverEnabled", YES_NO)),
                            server(choices("exchange.authMethods", AuthMethod.class)),
                            server(of("exchange.certificateAuthority", TEXT)),
                            server(of("exchange.certificateRoot", TEXT)),
                            server(of("exchange.certificateChainComplete", YES_NO)),
                            server(of("exchange.certificateApproved", YES_NO)),
                            server(of("exchange.certificateExpiresOn", DATE)),
                            server(of("exchange.inbound443Open", YES_NO))),
                    Section.of("hybrid",
                            of("exchange.hybridConfigurationPresent", YES_NO).shownWhen(MAY_BE_HYBRID),
                            of("exchange.hybridDedicatedApp", YES_NO).shownWhen(MAY_BE_HYBRID),
                            of("exchange.hybridGraphPermissions", YES_NO).shownWhen(MAY_BE_HYBRID),
                            of("exchange.mailboxesOnline", WHOLE_NUMBER).shownWhen(MAY_BE_HYBRID),
                            of("exchange.mailboxesOnPremises", WHOLE_NUMBER).shownWhen(MAY_BE_HYBRID))),
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

    private StepForms() {
    }

    private static FieldSpec server(FieldSpec f) {
        return f.shownWhen(HAS_SERVERS);
    }

    /** The sections of {@code step}, or none for steps that are not forms. */
    public static List<Section> sections(Step step) {
        return FORMS.getOrDefault(step, List.of());
    }
}
