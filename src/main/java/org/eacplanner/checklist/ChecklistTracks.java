package org.eacplanner.checklist;

import java.util.List;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.Deployment;
import org.eacplanner.rules.Side;

/**
 * A plan's checklist split by side for the two tracks of a hybrid plan: the shared steps ({@code BOTH}) and the
 * steps only for mailboxes in Exchange Online or only for mailboxes on the Exchange servers, each in plan order,
 * with the mailbox counts of the assessment (null when unknown).
 */
public record ChecklistTracks(
        boolean hybrid,
        List<ChecklistEntry> shared,
        List<ChecklistEntry> online,
        List<ChecklistEntry> onPremises,
        Integer mailboxesOnline,
        Integer mailboxesOnPremises) {

    public ChecklistTracks {
        shared = List.copyOf(shared);
        online = List.copyOf(online);
        onPremises = List.copyOf(onPremises);
    }

    public static ChecklistTracks of(Plan plan, Assessment assessment) {
        var exchange = assessment.exchange();
        boolean hybrid = exchange != null && exchange.deployment() == Deployment.HYBRID;
        List<ChecklistEntry> items = plan.checklist();
        return new ChecklistTracks(hybrid,
                items.stream().filter(e -> e.side() == Side.BOTH).toList(),
                items.stream().filter(e -> e.side() == Side.EXCHANGE_ONLINE).toList(),
                items.stream().filter(e -> e.side() == Side.ON_PREMISES).toList(),
                exchange == null ? null : exchange.mailboxesOnline(),
                exchange == null ? null : exchange.mailboxesOnPremises());
    }
}
