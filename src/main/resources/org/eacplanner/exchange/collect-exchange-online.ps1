# EAC Migration Planner: read-only collector for Exchange Online PowerShell.
# It only reads (Get-* cmdlets), asks for no password and writes one folder and a zip of it to your desktop.
# Connect first, with your own admin account: Connect-ExchangeOnline -UserPrincipalName admin@example.com
# 1. Put the Lightning Sync service account's address here (leave it if you have none):
$ServiceAccount = 'svc-salesforce@example.com'
# 2. Paste the whole block into the same PowerShell window.
$Out = "$([Environment]::GetFolderPath('Desktop'))\eac-planner-exchange-online"
$null = New-Item -ItemType Directory -Force -Path $Out
$CollectedAt = (Get-Date).ToUniversalTime()
Get-OrganizationConfig | Export-Clixml -Path "$Out\Get-OrganizationConfig.xml"
Get-AuthenticationPolicy | Export-Clixml -Path "$Out\Get-AuthenticationPolicy.xml"
Get-CASMailbox -Identity $ServiceAccount | Export-Clixml -Path "$Out\Get-CASMailbox.xml"
Get-EXOMailbox -ResultSize Unlimited | Measure-Object | Export-Clixml -Path "$Out\Get-EXOMailbox-Count.xml"
[pscustomobject]@{ Collector = 'eac-planner-exchange'; Version = 1; Side = 'ExchangeOnline'; CollectedAt = $CollectedAt; Cmdlets = @('Get-OrganizationConfig', 'Get-AuthenticationPolicy', 'Get-CASMailbox', 'Get-EXOMailbox') } | Export-Clixml -Path "$Out\manifest.xml"
Compress-Archive -Path "$Out\*" -DestinationPath "$Out.zip" -Force
"Done: $Out.zip - open it in EAC Migration Planner (Live checks and import, Import from Exchange)."
