# The schema targets Appwrite 1.8.1 (for the Appwrite CLI); this file, for the provider's TablesDB resources, was checked for 1.9.0.

terraform {
  required_providers {
    appwrite = {
      source  = "appwrite/appwrite"
      version = ">= 1.3.2, < 2.0.0"
    }
  }
}

variable "project_id" {
  description = "The Appwrite project to deploy the schema to."
  type        = string
  default     = "djamms"
}

variable "endpoint" {
  description = "The Appwrite API endpoint (null: the provider reads APPWRITE_ENDPOINT)."
  type        = string
  default     = null
}

# The API key comes from APPWRITE_API_KEY: never write it here.
provider "appwrite" {
  endpoint   = var.endpoint
  project_id = var.project_id
}

resource "appwrite_tablesdb" "djamms_production" {
  id   = "djamms_production"
  name = "DJAMMS Production"
}

resource "appwrite_tablesdb_table" "djamms_production_users" {
  database_id  = appwrite_tablesdb.djamms_production.id
  id           = "users"
  name         = "Users"
  permissions  = ["read(\"users\")", "create(\"users\")", "update(\"users\")", "update(\"team:admins\")", "delete(\"team:admins\")"]
  row_security = false
}

resource "appwrite_tablesdb_column" "djamms_production_users_userId" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_users.id
  key         = "userId"
  type        = "varchar"
  size        = 255
  required    = true
}

resource "appwrite_tablesdb_column" "djamms_production_users_email" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_users.id
  key         = "email"
  type        = "varchar"
  size        = 255
  required    = true
}

resource "appwrite_tablesdb_column" "djamms_production_users_role" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_users.id
  key         = "role"
  type        = "enum"
  required    = false
  default     = "staff"
  elements    = ["admin", "staff", "viewer"]
}

resource "appwrite_tablesdb_column" "djamms_production_users_autoplay" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_users.id
  key         = "autoplay"
  type        = "boolean"
  required    = false
  default     = "true"
}

resource "appwrite_tablesdb_column" "djamms_production_users_venueId" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_users.id
  key         = "venueId"
  type        = "varchar"
  size        = 255
  required    = false
}

resource "appwrite_tablesdb_column" "djamms_production_users_createdAt" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_users.id
  key         = "createdAt"
  type        = "datetime"
  required    = true
}

resource "appwrite_tablesdb_column" "djamms_production_users_updatedAt" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_users.id
  key         = "updatedAt"
  type        = "datetime"
  required    = false
}

resource "appwrite_tablesdb_column" "djamms_production_users_avatar_url" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_users.id
  key         = "avatar_url"
  type        = "url"
  required    = false
}

resource "appwrite_tablesdb_index" "djamms_production_users_email_unique" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_users.id
  key         = "email_unique"
  type        = "unique"
  columns     = [appwrite_tablesdb_column.djamms_production_users_email.key]
  orders      = ["ASC"]
}

resource "appwrite_tablesdb_index" "djamms_production_users_userId_key" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_users.id
  key         = "userId_key"
  type        = "key"
  columns     = [appwrite_tablesdb_column.djamms_production_users_userId.key]
  orders      = ["ASC"]
}

resource "appwrite_tablesdb_table" "djamms_production_venues" {
  database_id  = appwrite_tablesdb.djamms_production.id
  id           = "venues"
  name         = "Venues"
  permissions  = ["read(\"any\")", "create(\"users\")", "update(\"users\")", "update(\"team:admins\")", "delete(\"team:admins\")"]
  row_security = false
}

resource "appwrite_tablesdb_column" "djamms_production_venues_venueId" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_venues.id
  key         = "venueId"
  type        = "varchar"
  size        = 255
  required    = true
}

resource "appwrite_tablesdb_column" "djamms_production_venues_name" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_venues.id
  key         = "name"
  type        = "varchar"
  size        = 255
  required    = true
}

resource "appwrite_tablesdb_column" "djamms_production_venues_slug" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_venues.id
  key         = "slug"
  type        = "varchar"
  size        = 255
  required    = true
}

resource "appwrite_tablesdb_column" "djamms_production_venues_ownerId" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_venues.id
  key         = "ownerId"
  type        = "varchar"
  size        = 255
  required    = true
}

resource "appwrite_tablesdb_column" "djamms_production_venues_activePlayerInstanceId" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_venues.id
  key         = "activePlayerInstanceId"
  type        = "varchar"
  size        = 255
  required    = false
}

resource "appwrite_tablesdb_column" "djamms_production_venues_createdAt" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_venues.id
  key         = "createdAt"
  type        = "datetime"
  required    = true
}

resource "appwrite_tablesdb_index" "djamms_production_venues_slug_unique" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_venues.id
  key         = "slug_unique"
  type        = "unique"
  columns     = [appwrite_tablesdb_column.djamms_production_venues_slug.key]
  orders      = ["ASC"]
}

resource "appwrite_tablesdb_index" "djamms_production_venues_ownerId_key" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_venues.id
  key         = "ownerId_key"
  type        = "key"
  columns     = [appwrite_tablesdb_column.djamms_production_venues_ownerId.key]
  orders      = ["ASC"]
}

resource "appwrite_tablesdb_table" "djamms_production_queues" {
  database_id  = appwrite_tablesdb.djamms_production.id
  id           = "queues"
  name         = "Queues"
  permissions  = ["read(\"any\")", "create(\"users\")", "update(\"users\")", "delete(\"team:admins\")"]
  row_security = false
}

resource "appwrite_tablesdb_column" "djamms_production_queues_venueId" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_queues.id
  key         = "venueId"
  type        = "varchar"
  size        = 255
  required    = true
}

resource "appwrite_tablesdb_column" "djamms_production_queues_nowPlaying" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_queues.id
  key         = "nowPlaying"
  type        = "varchar"
  size        = 10000
  required    = false
}

# A string of size 100000 in the config, written as mediumtext: the provider's sized column (varchar) holds at most 16381 characters.
resource "appwrite_tablesdb_column" "djamms_production_queues_mainQueue" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_queues.id
  key         = "mainQueue"
  type        = "mediumtext"
  required    = true
}

# A string of size 100000 in the config, written as mediumtext: the provider's sized column (varchar) holds at most 16381 characters.
resource "appwrite_tablesdb_column" "djamms_production_queues_priorityQueue" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_queues.id
  key         = "priorityQueue"
  type        = "mediumtext"
  required    = true
}

resource "appwrite_tablesdb_column" "djamms_production_queues_createdAt" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_queues.id
  key         = "createdAt"
  type        = "datetime"
  required    = true
}

resource "appwrite_tablesdb_column" "djamms_production_queues_updatedAt" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_queues.id
  key         = "updatedAt"
  type        = "datetime"
  required    = false
}

resource "appwrite_tablesdb_index" "djamms_production_queues_venueId_unique" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_queues.id
  key         = "venueId_unique"
  type        = "unique"
  columns     = [appwrite_tablesdb_column.djamms_production_queues_venueId.key]
  orders      = ["ASC"]
}

resource "appwrite_tablesdb_table" "djamms_production_players" {
  database_id  = appwrite_tablesdb.djamms_production.id
  id           = "players"
  name         = "Players"
  permissions  = ["read(\"users\")", "create(\"users\")", "update(\"users\")", "delete(\"users\")"]
  row_security = false
}

resource "appwrite_tablesdb_column" "djamms_production_players_playerId" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_players.id
  key         = "playerId"
  type        = "varchar"
  size        = 255
  required    = true
}

resource "appwrite_tablesdb_column" "djamms_production_players_venueId" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_players.id
  key         = "venueId"
  type        = "varchar"
  size        = 255
  required    = true
}

resource "appwrite_tablesdb_column" "djamms_production_players_deviceId" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_players.id
  key         = "deviceId"
  type        = "varchar"
  size        = 255
  required    = true
}

resource "appwrite_tablesdb_column" "djamms_production_players_status" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_players.id
  key         = "status"
  type        = "enum"
  required    = false
  default     = "idle"
  elements    = ["active", "idle", "offline"]
}

resource "appwrite_tablesdb_column" "djamms_production_players_lastHeartbeat" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_players.id
  key         = "lastHeartbeat"
  type        = "integer"
  required    = true
}

resource "appwrite_tablesdb_column" "djamms_production_players_expiresAt" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_players.id
  key         = "expiresAt"
  type        = "integer"
  required    = true
}

resource "appwrite_tablesdb_column" "djamms_production_players_userAgent" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_players.id
  key         = "userAgent"
  type        = "varchar"
  size        = 500
  required    = true
}

resource "appwrite_tablesdb_column" "djamms_production_players_createdAt" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_players.id
  key         = "createdAt"
  type        = "datetime"
  required    = true
}

resource "appwrite_tablesdb_index" "djamms_production_players_venueId_key" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_players.id
  key         = "venueId_key"
  type        = "key"
  columns     = [appwrite_tablesdb_column.djamms_production_players_venueId.key]
  orders      = ["ASC"]
}

resource "appwrite_tablesdb_index" "djamms_production_players_deviceId_key" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_players.id
  key         = "deviceId_key"
  type        = "key"
  columns     = [appwrite_tablesdb_column.djamms_production_players_deviceId.key]
  orders      = ["ASC"]
}

resource "appwrite_tablesdb_table" "djamms_production_magicLinks" {
  database_id  = appwrite_tablesdb.djamms_production.id
  id           = "magicLinks"
  name         = "Magic Links"
  permissions  = ["read(\"team:admins\")", "create(\"any\")", "update(\"team:admins\")", "delete(\"team:admins\")"]
  row_security = false
}

resource "appwrite_tablesdb_column" "djamms_production_magicLinks_email" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_magicLinks.id
  key         = "email"
  type        = "varchar"
  size        = 255
  required    = true
}

resource "appwrite_tablesdb_column" "djamms_production_magicLinks_token" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_magicLinks.id
  key         = "token"
  type        = "varchar"
  size        = 255
  required    = true
}

resource "appwrite_tablesdb_column" "djamms_production_magicLinks_redirectUrl" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_magicLinks.id
  key         = "redirectUrl"
  type        = "url"
  required    = true
}

resource "appwrite_tablesdb_column" "djamms_production_magicLinks_expiresAt" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_magicLinks.id
  key         = "expiresAt"
  type        = "integer"
  required    = true
}

resource "appwrite_tablesdb_column" "djamms_production_magicLinks_used" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_magicLinks.id
  key         = "used"
  type        = "boolean"
  required    = false
  default     = "false"
}

resource "appwrite_tablesdb_index" "djamms_production_magicLinks_token_key" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_magicLinks.id
  key         = "token_key"
  type        = "key"
  columns     = [appwrite_tablesdb_column.djamms_production_magicLinks_token.key]
  orders      = ["ASC"]
}

resource "appwrite_tablesdb_index" "djamms_production_magicLinks_email_key" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_magicLinks.id
  key         = "email_key"
  type        = "key"
  columns     = [appwrite_tablesdb_column.djamms_production_magicLinks_email.key]
  orders      = ["ASC"]
}

resource "appwrite_tablesdb_table" "djamms_production_playlists" {
  database_id  = appwrite_tablesdb.djamms_production.id
  id           = "playlists"
  name         = "Playlists"
  permissions  = ["read(\"users\")", "create(\"users\")", "update(\"users\")", "delete(\"users\")"]
  row_security = false
}

resource "appwrite_tablesdb_column" "djamms_production_playlists_playlistId" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_playlists.id
  key         = "playlistId"
  type        = "varchar"
  size        = 255
  required    = true
}

resource "appwrite_tablesdb_column" "djamms_production_playlists_name" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_playlists.id
  key         = "name"
  type        = "varchar"
  size        = 255
  required    = true
}

resource "appwrite_tablesdb_column" "djamms_production_playlists_description" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_playlists.id
  key         = "description"
  type        = "varchar"
  size        = 1000
  required    = false
}

resource "appwrite_tablesdb_column" "djamms_production_playlists_ownerId" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_playlists.id
  key         = "ownerId"
  type        = "varchar"
  size        = 255
  required    = true
}

resource "appwrite_tablesdb_column" "djamms_production_playlists_venueId" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_playlists.id
  key         = "venueId"
  type        = "varchar"
  size        = 255
  required    = false
}

# A string of size 100000 in the config, written as mediumtext: the provider's sized column (varchar) holds at most 16381 characters.
resource "appwrite_tablesdb_column" "djamms_production_playlists_tracks" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_playlists.id
  key         = "tracks"
  type        = "mediumtext"
  required    = true
}

resource "appwrite_tablesdb_column" "djamms_production_playlists_createdAt" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_playlists.id
  key         = "createdAt"
  type        = "datetime"
  required    = true
}

resource "appwrite_tablesdb_column" "djamms_production_playlists_updatedAt" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_playlists.id
  key         = "updatedAt"
  type        = "datetime"
  required    = false
}

resource "appwrite_tablesdb_index" "djamms_production_playlists_ownerId_key" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_playlists.id
  key         = "ownerId_key"
  type        = "key"
  columns     = [appwrite_tablesdb_column.djamms_production_playlists_ownerId.key]
  orders      = ["ASC"]
}

resource "appwrite_tablesdb_index" "djamms_production_playlists_venueId_key" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_playlists.id
  key         = "venueId_key"
  type        = "key"
  columns     = [appwrite_tablesdb_column.djamms_production_playlists_venueId.key]
  orders      = ["ASC"]
}

resource "appwrite_tablesdb_table" "djamms_production_requests" {
  database_id  = appwrite_tablesdb.djamms_production.id
  id           = "requests"
  name         = "Requests"
  permissions  = ["read(\"users\")", "create(\"any\")", "update(\"users\")", "delete(\"team:admins\")"]
  row_security = false
}

resource "appwrite_tablesdb_column" "djamms_production_requests_requestId" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_requests.id
  key         = "requestId"
  type        = "varchar"
  size        = 255
  required    = true
}

resource "appwrite_tablesdb_column" "djamms_production_requests_venueId" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_requests.id
  key         = "venueId"
  type        = "varchar"
  size        = 255
  required    = true
}

resource "appwrite_tablesdb_column" "djamms_production_requests_song" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_requests.id
  key         = "song"
  type        = "varchar"
  size        = 10000
  required    = true
}

resource "appwrite_tablesdb_column" "djamms_production_requests_requesterId" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_requests.id
  key         = "requesterId"
  type        = "varchar"
  size        = 255
  required    = true
}

resource "appwrite_tablesdb_column" "djamms_production_requests_paymentId" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_requests.id
  key         = "paymentId"
  type        = "varchar"
  size        = 255
  required    = false
}

resource "appwrite_tablesdb_column" "djamms_production_requests_status" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_requests.id
  key         = "status"
  type        = "enum"
  required    = false
  default     = "queued"
  elements    = ["queued", "playing", "completed", "cancelled"]
}

resource "appwrite_tablesdb_column" "djamms_production_requests_timestamp" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_requests.id
  key         = "timestamp"
  type        = "datetime"
  required    = true
}

resource "appwrite_tablesdb_column" "djamms_production_requests_completedAt" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_requests.id
  key         = "completedAt"
  type        = "datetime"
  required    = false
}

resource "appwrite_tablesdb_column" "djamms_production_requests_cancelledAt" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_requests.id
  key         = "cancelledAt"
  type        = "datetime"
  required    = false
}

resource "appwrite_tablesdb_column" "djamms_production_requests_cancelReason" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_requests.id
  key         = "cancelReason"
  type        = "varchar"
  size        = 500
  required    = false
}

resource "appwrite_tablesdb_index" "djamms_production_requests_venueId_key" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_requests.id
  key         = "venueId_key"
  type        = "key"
  columns     = [appwrite_tablesdb_column.djamms_production_requests_venueId.key]
  orders      = ["ASC"]
}

resource "appwrite_tablesdb_index" "djamms_production_requests_requesterId_key" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_requests.id
  key         = "requesterId_key"
  type        = "key"
  columns     = [appwrite_tablesdb_column.djamms_production_requests_requesterId.key]
  orders      = ["ASC"]
}

resource "appwrite_tablesdb_index" "djamms_production_requests_timestamp_key" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_requests.id
  key         = "timestamp_key"
  type        = "key"
  columns     = [appwrite_tablesdb_column.djamms_production_requests_timestamp.key]
  orders      = ["ASC"]
}

resource "appwrite_tablesdb_index" "djamms_production_requests_status_key" {
  database_id = appwrite_tablesdb.djamms_production.id
  table_id    = appwrite_tablesdb_table.djamms_production_requests.id
  key         = "status_key"
  type        = "key"
  columns     = [appwrite_tablesdb_column.djamms_production_requests_status.key]
  orders      = ["ASC"]
}
