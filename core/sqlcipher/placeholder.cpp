// replaced by the driver sources
