package nl.traineeplanner.app.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface MunicipalityRepository extends Repository<Municipality, String> {

    List<Municipality> findAllByOrderByName();

    Optional<Municipality> findById(String code);
}
