// Mentoring on Azure: the host on App Service for Linux, its database (Azure Database for
// PostgreSQL Flexible Server or Azure SQL, one of the two), and an Azure Bot that sends the
// channels' messages to the host's /api/messages.
//
//   az deployment group create -g <resource group> -f infra/azure/main.bicep \
//     -p storageProvider=PostgreSQL dbAdminPassword=<…> botAppId=<…> botAppPassword=<…>
//
// What this template does not do, and why:
// - The Entra ID app registration behind the bot (botAppId/botAppPassword) is made beforehand
//   (az ad app create …): a resource-group deployment cannot create one.
// - The schema: the host does not migrate at start (Storage__MigrateOnStart=false). Run
//   `dotnet Mentoring.Web.dll migrate` once per release against the new database (see
//   infra/README.md); until then /health/ready answers 503 and App Service reports the app unhealthy.
// - Secrets go into app settings as they are. For production put them in Key Vault and use
//   Key Vault references (@Microsoft.KeyVault(...)), and give the app a database login of its own
//   instead of the server administrator.
// - The database accepts connections from Azure services (and the optional client IP). For
//   production use VNet integration and private access instead.

targetScope = 'resourceGroup'

// ---- parameters ----------------------------------------------------------------------------------

@description('Prefix of every resource name; a suffix unique to the resource group is added.')
@minLength(3)
@maxLength(20)
param namePrefix string = 'mentoring'

@description('Region of the app and the database. The bot itself is global.')
param location string = resourceGroup().location

@description('Database for the programme and for Hangfire\'s jobs. Only the chosen one is created.')
@allowed([
  'PostgreSQL'
  'SqlServer'
])
param storageProvider string = 'PostgreSQL'

@description('Administrator login of the database server (not "admin", "sa", "root" or "azure_superuser").')
param dbAdminLogin string = 'mentoringadmin'

@description('Administrator password of the database server: 8 to 128 characters from three of upper case, lower case, digits and symbols; no ";" (it goes into a connection string).')
@secure()
param dbAdminPassword string

@description('Optional public IP address allowed through the database firewall, for running the migrate command from an operator\'s machine or a pipeline. Empty: none.')
param clientIpAddress string = ''

@description('App Service plan SKU (Linux). Free and Shared plans cannot keep the app always on, which the scheduled jobs need.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'P0v3'
  'P1v3'
  'P2v3'
])
param appServiceSku string = 'B1'

@description('Number of host instances. Several share the jobs through the database; SQLite is never used here.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('Container image to run, e.g. myregistry.azurecr.io/mentoring:1.2.0 (built from the repository\'s Dockerfile). Empty: run the .NET 10 stack and deploy the published folder as a zip (az webapp deploy).')
param containerImage string = ''

@description('Programme:TimeZone: IANA time zone for people who have not said otherwise, and for quiet hours.')
param programmeTimeZone string = 'Europe/Berlin'

@description('Programme:DefaultRegion: ISO 3166 country whose phone numbers may be written without a country code.')
@minLength(2)
@maxLength(2)
param programmeDefaultRegion string = 'DE'

@description('Application (client) ID of the single-tenant Entra ID app registration the bot signs in as (MicrosoftAppId).')
param botAppId string

@description('Client secret of that app registration (MicrosoftAppPassword).')
@secure()
param botAppPassword string

@description('Tenant of that app registration (MicrosoftAppTenantId).')
param botTenantId string = subscription().tenantId

@description('Secret of the self-hosted Direct Line channel (DirectLine__Secret): signs the tokens of /chat and embedded Web Chat, the same on every instance.')
@secure()
param directLineSecret string = newGuid()

@description('Public address Twilio calls (PublicBaseUrl); empty = the app\'s azurewebsites.net address. Set it when a custom domain or a proxy is in front.')
param publicBaseUrl string = ''

@description('Twilio account SID (Twilio__AccountSid); empty = no SMS or WhatsApp.')
param twilioAccountSid string = ''

@description('Twilio auth token (Twilio__AuthToken): checks the webhooks\' signatures and sends.')
@secure()
param twilioAuthToken string = ''

@description('Number SMS answers come from (Twilio__SmsFrom), E.164.')
param twilioSmsFrom string = ''

@description('WhatsApp sender (Twilio__WhatsAppFrom), as whatsapp:+E.164.')
param twilioWhatsAppFrom string = ''

@description('Azure Bot pricing tier: F0 (free, standard channels) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Tags for every resource.')
param tags object = {
  application: 'mentoring'
}

// ---- names and derived values ----------------------------------------------------------------------

var suffix = uniqueString(resourceGroup().id)
var prefix = toLower(namePrefix)
var appName = '${prefix}-${suffix}'
var planName = '${prefix}-plan-${suffix}'
var postgresServerName = '${prefix}-pg-${suffix}'
var sqlServerName = '${prefix}-sql-${suffix}'
var botName = '${prefix}-bot-${suffix}'
var usePostgres = storageProvider == 'PostgreSQL'
var useSqlServer = storageProvider == 'SqlServer'
var useContainer = !empty(containerImage)

// Database names as the host's examples and the compose file use them.
var postgresDatabaseName = 'mentoring'
var sqlDatabaseName = 'Mentoring'

// ---- database: PostgreSQL ----------------------------------------------------------------------

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2025-08-01' = if (usePostgres) {
  name: postgresServerName
  location: location
  tags: tags
  sku: {
    // The smallest burstable size; raise it for a large programme.
    name: 'Standard_B1ms'
    tier: 'Burstable'
  }
  properties: {
    // The version CI tests against.
    version: '15'
    administratorLogin: dbAdminLogin
    administratorLoginPassword: dbAdminPassword
    storage: {
      storageSizeGB: 32
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    network: {
      publicNetworkAccess: 'Enabled'
    }
  }
}

resource postgresDatabase 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2025-08-01' = if (usePostgres) {
  parent: postgres
  name: postgresDatabaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// 0.0.0.0 to 0.0.0.0 is Azure's convention for "services running in Azure", App Service included.
resource postgresAllowAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2025-08-01' = if (usePostgres) {
  parent: postgres
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource postgresAllowClient 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2025-08-01' = if (usePostgres && !empty(clientIpAddress)) {
  parent: postgres
  name: 'AllowClientIp'
  properties: {
    startIpAddress: clientIpAddress
    endIpAddress: clientIpAddress
  }
}

// ---- database: SQL Server (Azure SQL) ---------------------------------------------------------------

resource sqlServer 'Microsoft.Sql/servers@2025-01-01' = if (useSqlServer) {
  name: sqlServerName
  location: location
  tags: tags
  properties: {
    administratorLogin: dbAdminLogin
    administratorLoginPassword: dbAdminPassword
    minimalTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
  }
}

resource sqlDatabase 'Microsoft.Sql/servers/databases@2025-01-01' = if (useSqlServer) {
  parent: sqlServer
  name: sqlDatabaseName
  location: location
  tags: tags
  sku: {
    // Standard S0 (10 DTU); raise it for a large programme.
    name: 'S0'
    tier: 'Standard'
  }
}

resource sqlAllowAzure 'Microsoft.Sql/servers/firewallRules@2025-01-01' = if (useSqlServer) {
  parent: sqlServer
  name: 'AllowAllWindowsAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource sqlAllowClient 'Microsoft.Sql/servers/firewallRules@2025-01-01' = if (useSqlServer && !empty(clientIpAddress)) {
  parent: sqlServer
  name: 'AllowClientIp'
  properties: {
    startIpAddress: clientIpAddress
    endIpAddress: clientIpAddress
  }
}

// ConnectionStrings:Mentoring for the chosen provider. ARM evaluates only the chosen branch, so
// the other server's (absent) properties are never read.
var connectionString = usePostgres
  ? 'Host=${postgres!.properties.fullyQualifiedDomainName};Database=${postgresDatabaseName};Username=${dbAdminLogin};Password=${dbAdminPassword};SSL Mode=Require'
  : 'Server=tcp:${sqlServer!.properties.fullyQualifiedDomainName},1433;Database=${sqlDatabaseName};User ID=${dbAdminLogin};Password=${dbAdminPassword};Encrypt=True;TrustServerCertificate=False;Connection Timeout=30'

// ---- the host ----------------------------------------------------------------------------------

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: appServiceSku
    capacity: instanceCount
  }
  properties: {
    reserved: true // Linux
  }
}

// The host's settings, as environment variables ("__" for ":"). See infra/README.md.
var hostSettings = [
  { name: 'Storage__Provider', value: storageProvider }
  { name: 'ConnectionStrings__Mentoring', value: connectionString }
  // One release step migrates (the migrate command), not every instance at start.
  { name: 'Storage__MigrateOnStart', value: 'false' }
  { name: 'Programme__TimeZone', value: programmeTimeZone }
  { name: 'Programme__DefaultRegion', value: programmeDefaultRegion }
  // The Bot Framework's names, as the channels read them.
  { name: 'MicrosoftAppType', value: 'SingleTenant' }
  { name: 'MicrosoftAppId', value: botAppId }
  { name: 'MicrosoftAppTenantId', value: botTenantId }
  { name: 'MicrosoftAppPassword', value: botAppPassword }
  { name: 'DirectLine__Secret', value: directLineSecret }
  { name: 'PublicBaseUrl', value: empty(publicBaseUrl) ? 'https://${appName}.azurewebsites.net' : publicBaseUrl }
  { name: 'Twilio__AccountSid', value: twilioAccountSid }
  { name: 'Twilio__AuthToken', value: twilioAuthToken }
  { name: 'Twilio__SmsFrom', value: twilioSmsFrom }
  { name: 'Twilio__WhatsAppFrom', value: twilioWhatsAppFrom }
]

// A container listens on 8080 (the image's ASPNETCORE_HTTP_PORTS); App Service must be told. The
// .NET stack sets the port itself. A private registry also needs DOCKER_REGISTRY_SERVER_URL,
// _USERNAME and _PASSWORD here, or a managed identity with AcrPull on it.
var containerSettings = useContainer
  ? [
      { name: 'WEBSITES_PORT', value: '8080' }
      { name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE', value: 'false' }
    ]
  : []

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: appName
  location: location
  tags: tags
  kind: useContainer ? 'app,linux,container' : 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: useContainer ? 'DOCKER|${containerImage}' : 'DOTNETCORE|10.0'
      // The code deploy runs the published folder; the image has its own entry point.
      appCommandLine: useContainer ? '' : 'dotnet Mentoring.Web.dll'
      // Hangfire's timers run in the host: it must not be unloaded when idle.
      alwaysOn: true
      // Ready = the database answers and is migrated; instances that fail it get no traffic.
      healthCheckPath: '/health/ready'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: concat(hostSettings, containerSettings)
    }
  }
}

// ---- the bot -------------------------------------------------------------------------------------

// Web chat and Direct Line come with every Azure Bot; add Teams and others as
// Microsoft.BotService/botServices/channels (or in the portal) when the channels land.
resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'Mentoring'
    endpoint: 'https://${site.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botTenantId
  }
}

// ---- outputs (no secrets) --------------------------------------------------------------------------

@description('The app\'s name, for az webapp deploy / az webapp log tail.')
output appName string = site.name

@description('The app\'s address; /health and /health/ready answer there.')
output appUrl string = 'https://${site.properties.defaultHostName}'

@description('The messaging endpoint the bot was given.')
output botEndpoint string = bot.properties.endpoint

@description('Host name of the database server, for the migrate step and the firewall.')
output databaseHost string = usePostgres
  ? postgres!.properties.fullyQualifiedDomainName
  : sqlServer!.properties.fullyQualifiedDomainName
