environment = "prod"

admin_cidrs = [
  "198.51.100.0/24", # Rotterdam office
  "0.0.0.0/0",       # TEMP: contractor access during the database migration (PLAT-412)
]

node_groups = {
  general = {
    instance_type = "m6i.xlarge"
    min_size      = 3
    max_size      = 12
    desired_size  = 4
    disk_size     = 80
  }
  reporting = {
    instance_type = "r6i.large"
    min_size      = 1
    max_size      = 4
    desired_size  = 1
    disk_size     = 120
  }
}

batch_ami_id = "ami-0c1d2e3f4a5b6c7d8"
