# expect: has no argument "colour"
terraform {
  required_providers {
    appwrite = {
      source = "appwrite/appwrite"
    }
  }
}

variable "project_id" {
  type    = string
  default = "p"
}

provider "appwrite" {
  project_id = var.project_id
}

resource "appwrite_tablesdb" "main" {
  id   = "main"
  name = "Main"
}

resource "appwrite_tablesdb_table" "users" {
  database_id = appwrite_tablesdb.main.id
  id          = "users"
  name        = "Users"
}

resource "appwrite_tablesdb_column" "users_name" {
  database_id = appwrite_tablesdb.main.id
  table_id    = appwrite_tablesdb_table.users.id
  key         = "name"
  type        = "varchar"
  size        = 10
  colour      = "red"
}
