module example.com/shop

go 1.22

require (
	github.com/acme/billing v1.4.0
	github.com/google/uuid v1.6.0
)
