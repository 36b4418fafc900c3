# EAC Migration Planner: read-only collector for the Exchange Management Shell (on-premises servers).
# It only reads (Get-* cmdlets), asks for no password and writes one folder and a zip of it to your desktop.
# Run it on the Exchange server that publishes EWS to the internet (Get-ExchangeCertificate reads that server).
# 1. Put the Lightning Sync service account's address here (leave it if you have none):
$ServiceAccount = 'svc-salesforce@example.com'
# 2. Paste the whole block into the Exchange Management Shell.
$Out = "$([Environment]::GetFolderPath('Desktop'))\eac-planner-onpremises"
$null = New-Item -ItemType Directory -Force -Path $Out
$CollectedAt = (Get-Date).ToUniversalTime()
Get-ExchangeServer | Export-Clixml -Path "$Out\Get-ExchangeServer.xml"
Get-WebServicesVirtualDirectory -ADPropertiesOnly | Export-Clixml -Path "$Out\Get-WebServicesVirtualDirectory.xml"
Get-AutodiscoverVirtualDirectory -ADPropertiesOnly | Export-Clixml -Path "$Out\Get-AutodiscoverVirtualDirectory.xml"
Get-ExchangeCertificate | Export-Clixml -Path "$Out\Get-ExchangeCertificate.xml"
Get-OrganizationConfig | Export-Clixml -Path "$Out\Get-OrganizationConfig.xml"
Get-HybridConfiguration | Export-Clixml -Path "$Out\Get-HybridConfiguration.xml"
Get-AuthServer | Export-Clixml -Path "$Out\Get-AuthServer.xml"
Get-ManagementRoleAssignment -Role ApplicationImpersonation -GetEffectiveUsers | Export-Clixml -Path "$Out\Get-ManagementRoleAssignment.xml"
Get-CASMailbox -Identity $ServiceAccount | Export-Clixml -Path "$Out\Get-CASMailbox.xml"
Get-Mailbox -ResultSize Unlimited | Measure-Object | Export-Clixml -Path "$Out\Get-Mailbox-Count.xml"
[pscustomobject]@{ Collector = 'eac-planner-exchange'; Version = 1; Side = 'OnPremises'; CollectedAt = $CollectedAt; Cmdlets = @('Get-ExchangeServer', 'Get-WebServicesVirtualDirectory', 'Get-AutodiscoverVirtualDirectory', 'Get-ExchangeCertificate', 'Get-OrganizationConfig', 'Get-HybridConfiguration', 'Get-AuthServer', 'Get-ManagementRoleAssignment', 'Get-CASMailbox', 'Get-Mailbox') } | Export-Clixml -Path "$Out\manifest.xml"
Compress-Archive -Path "$Out\*" -DestinationPath "$Out.zip" -Force
"Done: $Out.zip - open it in EAC Migration Planner (Live checks and import, Import from Exchange)."
