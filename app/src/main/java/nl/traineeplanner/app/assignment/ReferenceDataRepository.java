package nl.traineeplanner.app.assignment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Read-only access to the programmes and policy domains that the migrations provide. */
public interface ReferenceDataRepository extends Repository<Programme, String> {

    @Query("select p from Programme p order by p.name")
    List<Programme> programmes();

    @Query("select p from Programme p where p.code = ?1")
    Optional<Programme> programme(String code);

    @Query("select d from PolicyDomain d order by d.name")
    List<PolicyDomain> domains();

    @Query("select d from PolicyDomain d where d.code = ?1")
    Optional<PolicyDomain> domain(String code);
}
