//go:build tools

// Package tools names the Fabric CA commands that scripts/install-fabric.sh builds.
package tools

import (
	_ "github.com/hyperledger/fabric-ca/cmd/fabric-ca-client"
	_ "github.com/hyperledger/fabric-ca/cmd/fabric-ca-server"
)
