# expect: the references form a cycle
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
  id   = appwrite_tablesdb_table.users.id
  name = "Main"
}

resource "appwrite_tablesdb_table" "users" {
  database_id = appwrite_tablesdb.main.id
  id          = "users"
  name        = "Users"
}
