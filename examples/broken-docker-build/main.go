package main

import (
	"fmt"
	"net/http"

	"github.com/acme/billing"
	"github.com/google/uuid"
)

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, uuid.NewString(), billing.Version)
	})
	_ = http.ListenAndServe(":8080", nil)
}
