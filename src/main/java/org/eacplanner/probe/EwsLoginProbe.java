package org.eacplanner.probe;

import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.eacplanner.model.ProbeId;
import org.w3c.dom.Document;

/**
 * EWS_LOGIN: only with the service account's password. One {@code GetFolder} with Basic, then (with a target
 * mailbox) the same with an {@code ExchangeImpersonation} header. SKIPPED when the server offers no Basic.
 */
final class EwsLoginProbe implements Probe {

    @Override
    public ProbeId id() {
        return ProbeId.EWS_LOGIN;
    }

    @Override
    public String target(ProbeRun run) {
        String account = run.inputs().serviceAccountOrEmail();
        String mailbox = run.inputs().targetMailbox();
        return mailbox == null ? account : account + " → " + mailbox;
    }

    @Override
    public void run(ProbeRun run) {
        String ews = run.settings().endpoints().ewsUrl();
        if (run.credentials().password().isEmpty()) {
            HttpSteps.skip(run, ProbeText.of("probe.step.ewsLogin"), ProbeText.of("probe.input.noPassword"),
                    ProbeText.of("probe.advice.typePassword"));
            return;
        }
        if (ews == null) {
            HttpSteps.skip(run, ProbeText.of("probe.step.ewsLogin"), ProbeText.of("probe.input.noEwsUrl"),
                    ProbeText.of("probe.advice.giveEwsUrl"));
            return;
        }
        HttpUrl url = HttpSteps.url(ews, ProbeText.of("probe.what.ewsUrl"));
        StepTimer offer = run.begin(ProbeText.of("probe.step.ewsSchemes"));
        Origin scope = Origin.of(url);
        HttpReply challenge = HttpSteps.send(run, offer, HttpSteps.get(url), scope);
        List<String> schemes = AuthChallenges.schemes(challenge.headers("WWW-Authenticate"));
        offer.put("schemes", schemes);
        if (ExchangeHosts.isExchangeOnline(url.host())) {
            offer.skip(ProbeText.of("probe.login.basicOnly", ExchangeHosts.BASIC_OFF_TEXT),
                    ProbeText.of("probe.advice.exchangeOnlineOAuth"));
            return;
        }
        if (!AuthChallenges.offersBasic(schemes)) {
            offer.skip(ProbeText.of("probe.login.basicOnly", schemes.isEmpty() ? ProbeText.of("probe.login.noScheme")
                    : ProbeText.of("probe.login.onlySchemes", String.join(", ", schemes))),
                    ProbeText.of("probe.advice.loginFromSetup"));
            return;
        }
        if (!url.isHttps()) {
            offer.fail(ProbeText.of("probe.login.ewsUrlHttp"), ProbeText.of("probe.advice.httpsEwsUrl"));
            return;
        }
        offer.pass();

        String account = run.inputs().serviceAccountOrEmail();
        StepTimer login = run.begin(ProbeText.of("probe.step.getFolder", account));
        Refusal response = call(run, login, url, account, null);
        if (response == null) {
            login.put("responseCode", "NoError").pass();
            run.propose("$.lightningSync.serviceAccountAuth", "BASIC",
                    ProbeText.of("probe.basis.getFolder", account, url.toString()));
        } else {
            login.fail(response.reason(), ProbeText.of("probe.advice.accountPassword"));
            return;
        }

        String mailbox = run.inputs().targetMailbox();
        if (mailbox == null) {
            return;
        }
        StepTimer imp = run.begin(ProbeText.of("probe.step.getFolderImpersonating", mailbox, account));
        Refusal denied = call(run, imp, url, account, mailbox);
        ProbeText basis = ProbeText.of("probe.basis.impersonation", mailbox, account, url.toString());
        if (denied == null) {
            imp.put("responseCode", "NoError").pass();
            run.propose("$.lightningSync.impersonationGranted", true, basis);
        } else if (denied.answer() != null && denied.answer().contains("ErrorImpersonateUserDenied")) {
            imp.fail(ProbeText.of("probe.login.noImpersonation", denied.reason()),
                    ProbeText.of("probe.advice.grantImpersonation", account));
            run.propose("$.lightningSync.impersonationGranted", false, basis);
        } else {
            imp.fail(denied.reason(), ProbeText.of("probe.advice.mailboxRights"));
        }
    }

    /** Why a GetFolder did not succeed: the one-line reason, and the server's own answer (code and text) if any. */
    private record Refusal(ProbeText reason, String answer) { }

    /** Sends one GetFolder; returns null on success. */
    private static Refusal call(ProbeRun run, StepTimer step, HttpUrl url, String account, String impersonate) {
        Request req = HttpSteps.postXml(url, getFolder(impersonate)).newBuilder()
                .header("Authorization", ProxyLogin.basic(account, run.credentials().password())).build();
        HttpReply r = HttpSteps.send(run, step, req, Origin.of(url));
        if (r.code() == 401) {
            return new Refusal(ProbeText.of("probe.login.credentialsRefused"), null);
        }
        if (r.code() != 200 && r.code() != 500) {
            return new Refusal(ProbeText.of("probe.login.unexpectedStatus", r.code()), null);
        }
        Document doc = SafeXml.parse(r.body());
        String cls = SafeXml.attribute(doc, "GetFolderResponseMessage", "ResponseClass");
        String code = SafeXml.text(doc, "ResponseCode");
        step.put("responseClass", cls).put("responseCode", code);
        if ("Success".equals(cls) && r.code() == 200) {
            return null;
        }
        String text = SafeXml.text(doc, "MessageText");
        if (text == null) {
            text = SafeXml.text(doc, "faultstring");
        }
        String answer = (code != null ? code : "HTTP " + r.code()) + (text != null ? ": " + text : "");
        return new Refusal(ProbeText.plain(answer), answer);
    }

    static String getFolder(String impersonate) {
        String header = "<t:RequestServerVersion Version=\"Exchange2013\"/>" + (impersonate == null ? ""
                : "<t:ExchangeImpersonation><t:ConnectingSID><t:PrimarySmtpAddress>" + HttpSteps.xmlText(impersonate)
                        + "</t:PrimarySmtpAddress></t:ConnectingSID></t:ExchangeImpersonation>");
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\""
                + " xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\">"
                + "<soap:Header>" + header + "</soap:Header>"
                + "<soap:Body><m:GetFolder><m:FolderShape><t:BaseShape>IdOnly</t:BaseShape></m:FolderShape>"
                + "<m:FolderIds><t:DistinguishedFolderId Id=\"inbox\"/></m:FolderIds></m:GetFolder></soap:Body>"
                + "</soap:Envelope>";
    }
}
