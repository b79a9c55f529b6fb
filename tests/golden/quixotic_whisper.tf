# The schema targets Appwrite 1.8.1 (for the Appwrite CLI); this file, for the provider's TablesDB resources, was checked for 1.9.0.

terraform {
  required_providers {
    appwrite = {
      source  = "appwrite/appwrite"
      version = ">= 1.3.2, < 2.0.0"
    }
  }
}

variable "environment" {
  description = "The environment to deploy to: dev, staging, prod."
  type        = string

  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "The environment is one of: dev, staging, prod."
  }
}

locals {
  environments = {
    dev = {
      project_id = "quixotic-whisper-dev"
      endpoint   = "https://dev.appwrite.example.com/v1"
      database_ids = {
        "main" = "main-dev"
      }
    }
    staging = {
      project_id = "quixotic-whisper-staging"
      endpoint   = "https://staging.appwrite.example.com/v1"
      database_ids = {
        "main" = "main-staging"
      }
    }
    prod = {
      project_id = "quixotic-whisper-prod"
      endpoint   = "https://cloud.appwrite.io/v1"
      database_ids = {
        "main" = "main-prod"
      }
    }
  }
  environment = local.environments[var.environment]
}

# The API key comes from APPWRITE_API_KEY: never write it here.
provider "appwrite" {
  endpoint   = local.environment.endpoint
  project_id = local.environment.project_id
}

resource "appwrite_tablesdb" "main" {
  id   = local.environment.database_ids["main"]
  name = "Main"
}

resource "appwrite_tablesdb_table" "main_transcription_jobs" {
  database_id  = appwrite_tablesdb.main.id
  id           = "transcription_jobs"
  name         = "Transcription Jobs"
  permissions  = []
  row_security = true
}

resource "appwrite_tablesdb_column" "main_transcription_jobs_job_id" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_transcription_jobs.id
  key         = "job_id"
  type        = "varchar"
  size        = 36
  required    = true
}

resource "appwrite_tablesdb_column" "main_transcription_jobs_user_id" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_transcription_jobs.id
  key         = "user_id"
  type        = "varchar"
  size        = 36
  required    = true
}

resource "appwrite_tablesdb_column" "main_transcription_jobs_file_id" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_transcription_jobs.id
  key         = "file_id"
  type        = "varchar"
  size        = 36
  required    = true
}

resource "appwrite_tablesdb_column" "main_transcription_jobs_filename" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_transcription_jobs.id
  key         = "filename"
  type        = "varchar"
  size        = 255
  required    = true
}

resource "appwrite_tablesdb_column" "main_transcription_jobs_status" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_transcription_jobs.id
  key         = "status"
  type        = "enum"
  required    = false
  default     = "uploaded"
  elements    = ["uploaded", "processing", "completed", "failed"]
}

resource "appwrite_tablesdb_column" "main_transcription_jobs_estimated_cost" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_transcription_jobs.id
  key         = "estimated_cost"
  type        = "float"
  required    = false
  float_min   = 0
}

resource "appwrite_tablesdb_column" "main_transcription_jobs_actual_cost" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_transcription_jobs.id
  key         = "actual_cost"
  type        = "float"
  required    = false
  float_min   = 0
}

# A string of size 1000000 in the config, written as mediumtext: the provider's sized column (varchar) holds at most 16381 characters.
resource "appwrite_tablesdb_column" "main_transcription_jobs_transcription_text" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_transcription_jobs.id
  key         = "transcription_text"
  type        = "mediumtext"
  required    = false
}

resource "appwrite_tablesdb_column" "main_transcription_jobs_api_version" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_transcription_jobs.id
  key         = "api_version"
  type        = "varchar"
  size        = 8
  required    = false
  default     = "v1"
}

resource "appwrite_tablesdb_column" "main_transcription_jobs_created_at" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_transcription_jobs.id
  key         = "created_at"
  type        = "datetime"
  required    = true
}

resource "appwrite_tablesdb_column" "main_transcription_jobs_completed_at" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_transcription_jobs.id
  key         = "completed_at"
  type        = "datetime"
  required    = false
}

resource "appwrite_tablesdb_index" "main_transcription_jobs_idx_user" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_transcription_jobs.id
  key         = "idx_user"
  type        = "key"
  columns     = [appwrite_tablesdb_column.main_transcription_jobs_user_id.key]
  orders      = ["ASC"]
}

resource "appwrite_tablesdb_index" "main_transcription_jobs_idx_status" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_transcription_jobs.id
  key         = "idx_status"
  type        = "key"
  columns     = [appwrite_tablesdb_column.main_transcription_jobs_status.key]
  orders      = ["ASC"]
}

resource "appwrite_tablesdb_index" "main_transcription_jobs_idx_job" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_transcription_jobs.id
  key         = "idx_job"
  type        = "unique"
  columns     = [appwrite_tablesdb_column.main_transcription_jobs_job_id.key]
  orders      = ["ASC"]
}

resource "appwrite_tablesdb_table" "main_usage_logs" {
  database_id  = appwrite_tablesdb.main.id
  id           = "usage_logs"
  name         = "Usage Logs"
  permissions  = []
  row_security = true
}

resource "appwrite_tablesdb_column" "main_usage_logs_log_id" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_usage_logs.id
  key         = "log_id"
  type        = "varchar"
  size        = 36
  required    = true
}

resource "appwrite_tablesdb_column" "main_usage_logs_user_id" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_usage_logs.id
  key         = "user_id"
  type        = "varchar"
  size        = 36
  required    = true
}

resource "appwrite_tablesdb_column" "main_usage_logs_job_id" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_usage_logs.id
  key         = "job_id"
  type        = "varchar"
  size        = 36
  required    = false
}

resource "appwrite_tablesdb_column" "main_usage_logs_operation" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_usage_logs.id
  key         = "operation"
  type        = "varchar"
  size        = 64
  required    = true
}

resource "appwrite_tablesdb_column" "main_usage_logs_api_version" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_usage_logs.id
  key         = "api_version"
  type        = "varchar"
  size        = 8
  required    = false
}

resource "appwrite_tablesdb_column" "main_usage_logs_cost" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_usage_logs.id
  key         = "cost"
  type        = "float"
  required    = false
}

resource "appwrite_tablesdb_column" "main_usage_logs_credits_before" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_usage_logs.id
  key         = "credits_before"
  type        = "float"
  required    = false
}

resource "appwrite_tablesdb_column" "main_usage_logs_credits_after" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_usage_logs.id
  key         = "credits_after"
  type        = "float"
  required    = false
}

resource "appwrite_tablesdb_column" "main_usage_logs_timestamp" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_usage_logs.id
  key         = "timestamp"
  type        = "datetime"
  required    = true
}

resource "appwrite_tablesdb_index" "main_usage_logs_idx_user_time" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_usage_logs.id
  key         = "idx_user_time"
  type        = "key"
  columns     = [appwrite_tablesdb_column.main_usage_logs_user_id.key, appwrite_tablesdb_column.main_usage_logs_timestamp.key]
  orders      = ["ASC", "DESC"]
}

resource "appwrite_tablesdb_table" "main_user_credits" {
  database_id  = appwrite_tablesdb.main.id
  id           = "user_credits"
  name         = "User Credits"
  permissions  = ["read(\"users\")"]
  row_security = true
}

resource "appwrite_tablesdb_column" "main_user_credits_user_id" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_user_credits.id
  key         = "user_id"
  type        = "varchar"
  size        = 36
  required    = true
}

resource "appwrite_tablesdb_column" "main_user_credits_credits" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_user_credits.id
  key         = "credits"
  type        = "float"
  required    = false
  default     = "10"
  float_min   = 0
}

resource "appwrite_tablesdb_column" "main_user_credits_total_transcriptions" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_user_credits.id
  key         = "total_transcriptions"
  type        = "integer"
  required    = false
  default     = "0"
  min         = 0
}

resource "appwrite_tablesdb_column" "main_user_credits_total_minutes_transcribed" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_user_credits.id
  key         = "total_minutes_transcribed"
  type        = "float"
  required    = false
  default     = "0"
  float_min   = 0
}

resource "appwrite_tablesdb_column" "main_user_credits_created_at" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_user_credits.id
  key         = "created_at"
  type        = "datetime"
  required    = true
}

resource "appwrite_tablesdb_column" "main_user_credits_updated_at" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_user_credits.id
  key         = "updated_at"
  type        = "datetime"
  required    = false
}

resource "appwrite_tablesdb_index" "main_user_credits_idx_user" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.main_user_credits.id
  key         = "idx_user"
  type        = "unique"
  columns     = [appwrite_tablesdb_column.main_user_credits_user_id.key]
  orders      = ["ASC"]
}
