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
            HttpSteps.skip(run, "Log in to EWS", "no password given for the service account",
                    "Type the service account's password to test its login (it is used once and not saved).");
            return;
        }
        if (ews == null) {
            HttpSteps.skip(run, "Log in to EWS", "no EWS URL given", "Give the EWS URL (--ews-url).");
            return;
        }
        HttpUrl url = HttpSteps.url(ews, "the EWS URL");
        StepTimer offer = run.begin("Authentication schemes EWS offers");
        HttpReply challenge = HttpSteps.send(run, offer, HttpSteps.get(url), null);
        List<String> schemes = AuthChallenges.schemes(challenge.headers("WWW-Authenticate"));
        offer.put("schemes", schemes);
        if (ExchangeHosts.isExchangeOnline(url.host())) {
            offer.skip("the login test uses Basic; " + ExchangeHosts.BASIC_OFF, "Lightning Sync with Exchange Online"
                    + " needs OAuth; check the connection in Salesforce Setup instead.");
            return;
        }
        if (!AuthChallenges.offersBasic(schemes)) {
            offer.skip("the login test uses Basic; this server offers only " + (schemes.isEmpty() ? "no scheme"
                    : String.join(", ", schemes)), "Test the login from Salesforce Setup (Lightning Sync).");
            return;
        }
        if (!url.isHttps()) {
            offer.fail("credentials are only sent over https; the EWS URL is http", "Use the https EWS URL.");
            return;
        }
        offer.pass();

        String account = run.inputs().serviceAccountOrEmail();
        StepTimer login = run.begin("GetFolder as " + account + " (Basic)");
        String response = call(run, login, url, account, null);
        if (response == null) {
            login.put("responseCode", "NoError").pass();
            run.propose("$.lightningSync.serviceAccountAuth", "BASIC", "GetFolder with Basic as " + account
                    + " succeeded at " + url);
        } else {
            login.fail(response, "Check the account, its password and that EWS is allowed for it.");
            return;
        }

        String mailbox = run.inputs().targetMailbox();
        if (mailbox == null) {
            return;
        }
        StepTimer imp = run.begin("GetFolder of " + mailbox + " impersonating it as " + account);
        String denied = call(run, imp, url, account, mailbox);
        String basis = "GetFolder with ExchangeImpersonation of " + mailbox + " as " + account + " at " + url;
        if (denied == null) {
            imp.put("responseCode", "NoError").pass();
            run.propose("$.lightningSync.impersonationGranted", true, basis);
        } else if (denied.contains("ErrorImpersonateUserDenied")) {
            imp.fail("no impersonation right: " + denied, "Grant the ApplicationImpersonation role to " + account + ".");
            run.propose("$.lightningSync.impersonationGranted", false, basis);
        } else {
            imp.fail(denied, "Check the mailbox address and the account's rights.");
        }
    }

    /** Sends one GetFolder; returns null on success, else a one-line reason. */
    private static String call(ProbeRun run, StepTimer step, HttpUrl url, String account, String impersonate) {
        Request req = HttpSteps.postXml(url, getFolder(impersonate)).newBuilder()
                .header("Authorization", ProxyLogin.basic(account, run.credentials().password())).build();
        HttpReply r = HttpSteps.send(run, step, req, url.host());
        if (r.code() == 401) {
            return "the server refused the credentials (HTTP 401)";
        }
        if (r.code() != 200 && r.code() != 500) {
            return "unexpected HTTP " + r.code();
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
        return (code != null ? code : "HTTP " + r.code()) + (text != null ? ": " + text : "");
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
