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
  default     = "intrada"
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

resource "appwrite_tablesdb" "intrada_db" {
  id   = "intrada_db"
  name = "Intrada Database"
}

resource "appwrite_tablesdb_table" "intrada_db_goals" {
  database_id  = appwrite_tablesdb.intrada_db.id
  id           = "goals"
  name         = "Goals"
  permissions  = ["read(\"users\")", "create(\"users\")", "update(\"users\")", "delete(\"users\")"]
  row_security = true
}

resource "appwrite_tablesdb_column" "intrada_db_goals_name" {
  database_id = appwrite_tablesdb.intrada_db.id
  table_id    = appwrite_tablesdb_table.intrada_db_goals.id
  key         = "name"
  type        = "varchar"
  size        = 255
  required    = true
}

resource "appwrite_tablesdb_column" "intrada_db_goals_description" {
  database_id = appwrite_tablesdb.intrada_db.id
  table_id    = appwrite_tablesdb_table.intrada_db_goals.id
  key         = "description"
  type        = "varchar"
  size        = 2000
  required    = false
}

resource "appwrite_tablesdb_column" "intrada_db_goals_status" {
  database_id = appwrite_tablesdb.intrada_db.id
  table_id    = appwrite_tablesdb_table.intrada_db_goals.id
  key         = "status"
  type        = "enum"
  required    = false
  default     = "not_started"
  elements    = ["not_started", "in_progress", "completed", "archived"]
}

resource "appwrite_tablesdb_column" "intrada_db_goals_target_date" {
  database_id = appwrite_tablesdb.intrada_db.id
  table_id    = appwrite_tablesdb_table.intrada_db_goals.id
  key         = "target_date"
  type        = "datetime"
  required    = false
}

resource "appwrite_tablesdb_column" "intrada_db_goals_progress" {
  database_id = appwrite_tablesdb.intrada_db.id
  table_id    = appwrite_tablesdb_table.intrada_db_goals.id
  key         = "progress"
  type        = "integer"
  required    = false
  default     = "0"
  min         = 0
  max         = 100
}

resource "appwrite_tablesdb_column" "intrada_db_goals_user_id" {
  database_id = appwrite_tablesdb.intrada_db.id
  table_id    = appwrite_tablesdb_table.intrada_db_goals.id
  key         = "user_id"
  type        = "varchar"
  size        = 36
  required    = true
}

resource "appwrite_tablesdb_index" "intrada_db_goals_name_fulltext" {
  database_id = appwrite_tablesdb.intrada_db.id
  table_id    = appwrite_tablesdb_table.intrada_db_goals.id
  key         = "name_fulltext"
  type        = "fulltext"
  columns     = [appwrite_tablesdb_column.intrada_db_goals_name.key]
  orders      = ["ASC"]
}

resource "appwrite_tablesdb_index" "intrada_db_goals_user_status" {
  database_id = appwrite_tablesdb.intrada_db.id
  table_id    = appwrite_tablesdb_table.intrada_db_goals.id
  key         = "user_status"
  type        = "key"
  columns     = [appwrite_tablesdb_column.intrada_db_goals_user_id.key, appwrite_tablesdb_column.intrada_db_goals_status.key]
  orders      = ["ASC", "ASC"]
}

resource "appwrite_tablesdb_table" "intrada_db_studies" {
  database_id  = appwrite_tablesdb.intrada_db.id
  id           = "studies"
  name         = "Studies"
  permissions  = ["read(\"users\")", "create(\"users\")", "update(\"users\")", "delete(\"users\")"]
  row_security = true
}

resource "appwrite_tablesdb_column" "intrada_db_studies_name" {
  database_id = appwrite_tablesdb.intrada_db.id
  table_id    = appwrite_tablesdb_table.intrada_db_studies.id
  key         = "name"
  type        = "varchar"
  size        = 255
  required    = true
}

resource "appwrite_tablesdb_column" "intrada_db_studies_composer" {
  database_id = appwrite_tablesdb.intrada_db.id
  table_id    = appwrite_tablesdb_table.intrada_db_studies.id
  key         = "composer"
  type        = "varchar"
  size        = 255
  required    = false
}

resource "appwrite_tablesdb_column" "intrada_db_studies_instructions" {
  database_id = appwrite_tablesdb.intrada_db.id
  table_id    = appwrite_tablesdb_table.intrada_db_studies.id
  key         = "instructions"
  type        = "varchar"
  size        = 5000
  required    = false
}

resource "appwrite_tablesdb_column" "intrada_db_studies_difficulty" {
  database_id = appwrite_tablesdb.intrada_db.id
  table_id    = appwrite_tablesdb_table.intrada_db_studies.id
  key         = "difficulty"
  type        = "integer"
  required    = false
  min         = 1
  max         = 10
}

resource "appwrite_tablesdb_column" "intrada_db_studies_tempo_bpm" {
  database_id = appwrite_tablesdb.intrada_db.id
  table_id    = appwrite_tablesdb_table.intrada_db_studies.id
  key         = "tempo_bpm"
  type        = "integer"
  required    = false
  min         = 20
  max         = 400
}

resource "appwrite_tablesdb_column" "intrada_db_studies_tags" {
  database_id = appwrite_tablesdb.intrada_db.id
  table_id    = appwrite_tablesdb_table.intrada_db_studies.id
  key         = "tags"
  type        = "varchar"
  size        = 64
  required    = false
  array       = true
}

resource "appwrite_tablesdb_column" "intrada_db_studies_user_id" {
  database_id = appwrite_tablesdb.intrada_db.id
  table_id    = appwrite_tablesdb_table.intrada_db_studies.id
  key         = "user_id"
  type        = "varchar"
  size        = 36
  required    = true
}

resource "appwrite_tablesdb_index" "intrada_db_studies_name_fulltext" {
  database_id = appwrite_tablesdb.intrada_db.id
  table_id    = appwrite_tablesdb_table.intrada_db_studies.id
  key         = "name_fulltext"
  type        = "fulltext"
  columns     = [appwrite_tablesdb_column.intrada_db_studies_name.key]
  orders      = ["ASC"]
}

resource "appwrite_tablesdb_index" "intrada_db_studies_user_key" {
  database_id = appwrite_tablesdb.intrada_db.id
  table_id    = appwrite_tablesdb_table.intrada_db_studies.id
  key         = "user_key"
  type        = "key"
  columns     = [appwrite_tablesdb_column.intrada_db_studies_user_id.key]
  orders      = ["ASC"]
}

resource "appwrite_tablesdb_table" "intrada_db_sessions" {
  database_id  = appwrite_tablesdb.intrada_db.id
  id           = "sessions"
  name         = "Sessions"
  permissions  = ["read(\"users\")", "create(\"users\")", "update(\"users\")", "delete(\"users\")"]
  row_security = true
}

resource "appwrite_tablesdb_column" "intrada_db_sessions_started_at" {
  database_id = appwrite_tablesdb.intrada_db.id
  table_id    = appwrite_tablesdb_table.intrada_db_sessions.id
  key         = "started_at"
  type        = "datetime"
  required    = true
}

resource "appwrite_tablesdb_column" "intrada_db_sessions_ended_at" {
  database_id = appwrite_tablesdb.intrada_db.id
  table_id    = appwrite_tablesdb_table.intrada_db_sessions.id
  key         = "ended_at"
  type        = "datetime"
  required    = false
}

resource "appwrite_tablesdb_column" "intrada_db_sessions_duration_seconds" {
  database_id = appwrite_tablesdb.intrada_db.id
  table_id    = appwrite_tablesdb_table.intrada_db_sessions.id
  key         = "duration_seconds"
  type        = "integer"
  required    = false
  min         = 0
}

resource "appwrite_tablesdb_column" "intrada_db_sessions_notes" {
  database_id = appwrite_tablesdb.intrada_db.id
  table_id    = appwrite_tablesdb_table.intrada_db_sessions.id
  key         = "notes"
  type        = "varchar"
  size        = 2000
  required    = false
}

resource "appwrite_tablesdb_column" "intrada_db_sessions_mood" {
  database_id = appwrite_tablesdb.intrada_db.id
  table_id    = appwrite_tablesdb_table.intrada_db_sessions.id
  key         = "mood"
  type        = "enum"
  required    = false
  elements    = ["great", "good", "ok", "tired"]
}

resource "appwrite_tablesdb_column" "intrada_db_sessions_user_id" {
  database_id = appwrite_tablesdb.intrada_db.id
  table_id    = appwrite_tablesdb_table.intrada_db_sessions.id
  key         = "user_id"
  type        = "varchar"
  size        = 36
  required    = true
}

resource "appwrite_tablesdb_index" "intrada_db_sessions_user_started" {
  database_id = appwrite_tablesdb.intrada_db.id
  table_id    = appwrite_tablesdb_table.intrada_db_sessions.id
  key         = "user_started"
  type        = "key"
  columns     = [appwrite_tablesdb_column.intrada_db_sessions_user_id.key, appwrite_tablesdb_column.intrada_db_sessions_started_at.key]
  orders      = ["ASC", "DESC"]
}

resource "appwrite_tablesdb_table" "intrada_db_study_sessions" {
  database_id  = appwrite_tablesdb.intrada_db.id
  id           = "study_sessions"
  name         = "Study Sessions"
  permissions  = ["read(\"users\")", "create(\"users\")", "update(\"users\")", "delete(\"users\")"]
  row_security = true
}

resource "appwrite_tablesdb_column" "intrada_db_study_sessions_study" {
  database_id       = appwrite_tablesdb.intrada_db.id
  table_id          = appwrite_tablesdb_table.intrada_db_study_sessions.id
  key               = "study"
  type              = "relationship"
  related_table_id  = appwrite_tablesdb_table.intrada_db_studies.id
  relationship_type = "manyToOne"
  two_way           = true
  two_way_key       = "study_sessions"
  on_delete         = "cascade"
}

resource "appwrite_tablesdb_column" "intrada_db_study_sessions_session" {
  database_id       = appwrite_tablesdb.intrada_db.id
  table_id          = appwrite_tablesdb_table.intrada_db_study_sessions.id
  key               = "session"
  type              = "relationship"
  related_table_id  = appwrite_tablesdb_table.intrada_db_sessions.id
  relationship_type = "manyToOne"
  two_way           = true
  two_way_key       = "study_sessions"
  on_delete         = "cascade"
}

resource "appwrite_tablesdb_column" "intrada_db_study_sessions_repetitions" {
  database_id = appwrite_tablesdb.intrada_db.id
  table_id    = appwrite_tablesdb_table.intrada_db_study_sessions.id
  key         = "repetitions"
  type        = "integer"
  required    = false
  default     = "0"
  min         = 0
}

resource "appwrite_tablesdb_column" "intrada_db_study_sessions_score" {
  database_id = appwrite_tablesdb.intrada_db.id
  table_id    = appwrite_tablesdb_table.intrada_db_study_sessions.id
  key         = "score"
  type        = "float"
  required    = false
  float_min   = 0
  float_max   = 100
}

resource "appwrite_tablesdb_column" "intrada_db_study_sessions_user_id" {
  database_id = appwrite_tablesdb.intrada_db.id
  table_id    = appwrite_tablesdb_table.intrada_db_study_sessions.id
  key         = "user_id"
  type        = "varchar"
  size        = 36
  required    = true
}

resource "appwrite_tablesdb_index" "intrada_db_study_sessions_user_key" {
  database_id = appwrite_tablesdb.intrada_db.id
  table_id    = appwrite_tablesdb_table.intrada_db_study_sessions.id
  key         = "user_key"
  type        = "key"
  columns     = [appwrite_tablesdb_column.intrada_db_study_sessions_user_id.key]
  orders      = ["ASC"]
}
